#include "core/objects/duplicatekeys.h"

#include "core/base/boundedread.h"
#include "core/objects/yamlnumber.h"

#include <QHash>

namespace hopscope {

namespace {

// Go's %#v of a string: in double quotes, with \" \\ and control characters escaped.
QString goQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

bool isYaml11BoolText(const QString &s, bool *value)
{
    static const QStringList yes = {QStringLiteral("y"),    QStringLiteral("Y"),
                                    QStringLiteral("yes"),  QStringLiteral("Yes"),
                                    QStringLiteral("YES"),  QStringLiteral("true"),
                                    QStringLiteral("True"), QStringLiteral("TRUE"),
                                    QStringLiteral("on"),   QStringLiteral("On"),
                                    QStringLiteral("ON")};
    static const QStringList no = {QStringLiteral("n"),     QStringLiteral("N"),
                                   QStringLiteral("no"),    QStringLiteral("No"),
                                   QStringLiteral("NO"),    QStringLiteral("false"),
                                   QStringLiteral("False"), QStringLiteral("FALSE"),
                                   QStringLiteral("off"),   QStringLiteral("Off"),
                                   QStringLiteral("OFF")};
    *value = yes.contains(s);
    return *value || no.contains(s);
}

// The Go value go-yaml v2 resolves a key to, as %#v prints it (and as map keys compare).
QString goKey(const YamlNode &k)
{
    if (k.isNull())
        return QStringLiteral("<nil>");
    if (!k.isScalar())
        return QString(); // go-yaml refuses such a key itself ("invalid map key")
    if (k.plain && k.tag.isEmpty()) {
        if (k.scalar.isEmpty() || k.scalar == u"~" || k.scalar == u"null" ||
            k.scalar == u"Null" || k.scalar == u"NULL")
            return QStringLiteral("<nil>");
        bool b = false;
        if (isYaml11BoolText(k.scalar, &b))
            return b ? QStringLiteral("true") : QStringLiteral("false");
        if (const auto n = kubectlJsonNumber(k.scalar))
            return *n;
    }
    return goQuoted(k.scalar);
}

void walk(const YamlNode &n, DuplicateKeys *out)
{
    if (n.isMap()) {
        QHash<QString, int> seen;
        for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
            const YamlNode &k = n.children[i];
            const YamlNode &v = n.children[i + 1];
            const QString key = goKey(k);
            if (!key.isEmpty() && seen.contains(key)) {
                if (out->lines.isEmpty()) {
                    out->line = k.line;
                    out->column = k.column;
                }
                out->lines << QStringLiteral("line %1: key %2 already set in map")
                                  .arg(v.line > 0 ? v.line : k.line)
                                  .arg(truncatedForMessage(key, 256));
            }
            seen.insert(key, 1);
            walk(v, out);
        }
        return;
    }
    for (const YamlNode &c : n.children)
        walk(c, out);
}

} // namespace

QString DuplicateKeys::message() const
{
    return QStringLiteral("error converting YAML to JSON: yaml: unmarshal errors:\n  ") +
           lines.join(QStringLiteral("\n  "));
}

DuplicateKeys findDuplicateKeys(const YamlNode &root)
{
    DuplicateKeys out;
    walk(root, &out);
    return out;
}

} // namespace hopscope
