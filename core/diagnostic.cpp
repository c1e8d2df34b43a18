#include "diagnostic.h"

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

} // namespace hopscope
