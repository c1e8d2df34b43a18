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
        QHash<QString, int> seen; // key → the line it stood on first
        for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
            const YamlNode &k = n.children[i];
            const QString key = goKey(k);
            if (!key.isEmpty()) {
                if (const auto it = seen.constFind(key); it != seen.cend())
                    out->keys.append({truncatedForMessage(key, 256), k.line, k.column, it.value()});
                else
                    seen.insert(key, k.line);
            }
            walk(n.children[i + 1], out);
        }
        return;
    }
    for (const YamlNode &c : n.children)
        walk(c, out);
}

} // namespace

DuplicateKeys findDuplicateKeys(const YamlNode &root)
{
    DuplicateKeys out;
    walk(root, &out);
    return out;
}

YamlNode withLastValues(const YamlNode &root)
{
    YamlNode copy = root;
    copy.children.clear();
    if (root.isMap()) {
        QHash<QString, std::size_t> last; // key → index of its last pair
        for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
            const QString key = goKey(root.children[i]);
            last.insert(key.isEmpty() ? QString::number(i) : key, i);
        }
        for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
            const QString key = goKey(root.children[i]);
            if (last.value(key.isEmpty() ? QString::number(i) : key) != i)
                continue;
            copy.children.push_back(root.children[i]);
            copy.children.push_back(withLastValues(root.children[i + 1]));
        }
        return copy;
    }
    copy.children.reserve(root.children.size());
    for (const YamlNode &c : root.children)
        copy.children.push_back(withLastValues(c));
    return copy;
}

} // namespace hopscope
