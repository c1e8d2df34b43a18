#include "core/model/buildsupport.h"

namespace hopscope {

SourceLocation fieldLocation(const ObjectMeta &meta, const QStringList &paths)
{
    for (const QString &path : paths) {
        const auto it = meta.marks.constFind(path);
        if (it != meta.marks.cend() && it->isValid())
            return it.value();
    }
    return meta.where;
}

Diagnostic builderDiagnostic(Severity severity, const QString &code, const SourceLocation &where,
                             const QString &message, const QString &hint, const QString &entity)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.where = where;
    d.message = message;
    d.hint = hint;
    d.entity = entity;
    return d;
}

} // namespace hopscope
