#include "core/base/diagnostic.h"

#include "core/base/koreanparticles.h"

#include <QCoreApplication>
#include <QHash>

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

Diagnostics foldRepeated(const Diagnostics &list, int keep)
{
    auto key = [](const Diagnostic &d) {
        return QStringLiteral("%1\x1f%2\x1f%3").arg(int(d.severity)).arg(d.code, d.message);
    };
    QHash<QString, qsizetype> total;
    for (const Diagnostic &d : list)
        ++total[key(d)];
    QHash<QString, qsizetype> seen;
    QHash<QString, SourceLocation> last;
    for (const Diagnostic &d : list)
        if (total.value(key(d)) > keep + 1)
            last.insert(key(d), d.where);
    Diagnostics out;
    for (const Diagnostic &d : list) {
        const QString k = key(d);
        const qsizetype n = ++seen[k];
        if (total.value(k) <= keep + 1 || n <= keep) {
            out << d;
            continue;
        }
        if (n != keep + 1)
            continue;
        const int more = int(qMin<qsizetype>(total.value(k) - keep, INT_MAX));
        Diagnostic summary = d;
        summary.hint.clear();
        summary.entity.clear();
        summary.message =
            (d.severity == Severity::Error
                 ? QCoreApplication::translate("hopscope::Diagnostics",
                                               "the same error %n more time(s), the last at %1",
                                               nullptr, more)
             : d.severity == Severity::Warning
                 ? QCoreApplication::translate("hopscope::Diagnostics",
                                               "the same warning %n more time(s), the last at %1",
                                               nullptr, more)
                 : QCoreApplication::translate("hopscope::Diagnostics",
                                               "the same note %n more time(s), the last at %1",
                                               nullptr, more))
                .arg(last.value(k).toString());
        out << summary;
    }
    return out;
}

} // namespace hopscope
