#include "core/api/apierrortext.h"

#include "core/base/boundedread.h"

namespace hopscope::apitext {

QString goQuote(const QString &text)
{
    // A user's value is echoed cut short past 256 characters (a 10 MB name would fill the
    // terminal): longer than any valid name (253), so a valid value is always quoted whole.
    const QString s = truncatedForMessage(text, 256);
    QString out;
    out.reserve(s.size() + 2);
    out.append(u'"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out.append(QLatin1String("\\\""));
            break;
        case '\\':
            out.append(QLatin1String("\\\\"));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out.append(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(u'"');
    return out;
}

QString goStringMap(const Labels &map)
{
    if (map.isEmpty())
        return QStringLiteral("map[string]string(nil)");
    QStringList pairs;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        pairs << goQuote(it.key()) + u':' + goQuote(it.value());
    return QStringLiteral("map[string]string{") + pairs.join(QStringLiteral(", ")) + u'}';
}

QString goStringSlice(const QStringList &list)
{
    QStringList quoted;
    for (const QString &s : list)
        quoted << goQuote(s);
    return QStringLiteral("[]string{") + quoted.join(QStringLiteral(", ")) + u'}';
}

QString fieldInvalid(const QString &path, const QString &renderedValue, const QString &detail)
{
    QString s = path + QStringLiteral(": Invalid value: ") + renderedValue;
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    return s;
}

QString fieldRequired(const QString &path, const QString &detail)
{
    QString s = path + QStringLiteral(": Required value");
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    return s;
}

QString kubectlInvalid(const QString &kind, const QString &name, const QStringList &causes)
{
    const QString prefix = QStringLiteral("The %1 %2 is invalid: ").arg(kind, goQuote(name));
    if (causes.size() == 1)
        return prefix + causes.first();
    QString out = prefix;
    for (const QString &cause : causes)
        out += QStringLiteral("\n* ") + cause;
    return out;
}

QString kubectlInternalError(const QString &message)
{
    return QStringLiteral("Error from server (InternalError): Internal error occurred: ") + message;
}

QString kubectlServerError(const QString &message)
{
    return QStringLiteral("Error from server: ") + message;
}

} // namespace hopscope::apitext
