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

} // namespace hopscope
