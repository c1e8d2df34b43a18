#include "core/base/diagnostic.h"

#include "core/base/koreanparticles.h"

#include <algorithm>

namespace hopscope {

QString SourceLocation::toString() const
{
    if (line <= 0)
        return file;
    if (column <= 0)
        return QStringLiteral("%1:%2").arg(file).arg(line);
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

Diagnostic Diagnostic::make(Severity severity, QAnyStringView code, const SourceLocation &where,
                            const QString &message, const QString &hint, const QString &entity)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code.toString();
    d.where = where;
    d.message = message;
    d.hint = hint;
    d.entity = entity;
    return d;
}

QString Diagnostic::toString() const
{
    QString s = where.toString();
    if (!s.isEmpty())
        s += QStringLiteral(": ");
    return s + severityName(severity) + QStringLiteral(": ") + message;
}

bool hasErrors(const Diagnostics &list)
{
    return std::any_of(list.begin(), list.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

void finishKoreanTexts(Diagnostics &list)
{
    if (list.isEmpty() || !korean::inUse())
        return;
    for (Diagnostic &d : list) {
        korean::finish(d.message, true);
        korean::finish(d.hint, true);
    }
}

} // namespace hopscope
