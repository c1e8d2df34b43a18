#include "core/api/apivalidation.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace hopscope::apivalidation {

namespace {

// Compiled once per thread and pattern (a handful of fixed patterns): compiling one per call
// was a third of building a cluster of 10,000 Services.
bool fullMatch(const QString &pattern, const QString &value)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.cend())
        it = compiled.insert(pattern,
                             QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return it->match(value).hasMatch();
}

QString maxLenError(int length)
{
    return QStringLiteral("must be no more than %1 characters").arg(length);
}

// RegexError(msg, fmt, examples...): note the ",  or " that Go's loop produces.
QString regexError(const QString &msg, const QString &fmt, const QStringList &examples)
{
    if (examples.isEmpty())
        return msg + QStringLiteral(" (regex used for validation is '") + fmt +
               QStringLiteral("')");
    QString s = msg + QStringLiteral(" (e.g. ");
    for (int i = 0; i < examples.size(); ++i) {
        if (i > 0)
            s += QStringLiteral(" or ");
        s += u'\'' + examples[i] + QStringLiteral("', ");
    }
    return s + QStringLiteral("regex used for validation is '") + fmt + QStringLiteral("')");
}

const QString kDns1123LabelFmt = QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
const QString kDns1123SubdomainFmt =
    kDns1123LabelFmt + QStringLiteral("(\\.") + kDns1123LabelFmt + QStringLiteral(")*");
const QString kDns1035LabelFmt = QStringLiteral("[a-z]([-a-z0-9]*[a-z0-9])?");
const QString kLabelKeyFmt = QStringLiteral("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
const QString kLabelKeyErrMsg =
    QStringLiteral("must consist of alphanumeric characters, '-', '_' or '.', and must start and "
                   "end with an alphanumeric character");

// The 16 bytes of an address as Go holds them (IPv4 as ::ffff:a.b.c.d); false if not an IP.
bool parseIPv4(const QString &value, quint8 *bytes)
{
    const QStringList parts = value.split(u'.');
    if (parts.size() != 4)
        return false;
    for (int i = 0; i < 4; ++i) {
        const QString &p = parts[i];
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (QChar c : p)
            if (c < u'0' || c > u'9')
                return false;
        const int n = p.toInt();
        if (n > 255)
            return false;
        if (bytes)
            bytes[12 + i] = quint8(n);
    }
    if (bytes) {
        std::fill(bytes, bytes + 10, quint8(0));
        bytes[10] = bytes[11] = 0xFF;
    }
    return true;
}

bool ipBytes(const QString &value, quint8 *bytes)
{
    if (value.isEmpty())
        return false;
    if (!value.contains(u':'))
        return parseIPv4(value, bytes);
    // IPv6 (possibly with an IPv4 tail); no zone, no brackets: net.ParseIP refuses them.
    if (value.contains(u'%') || value.contains(u'[') || value.contains(u'/'))
        return false;
    QHostAddress address;
    if (!address.setAddress(value) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 0; i < 16; ++i)
        bytes[i] = a[i];
    return true;
}

bool isMappedIPv4(const quint8 *b)
{
    for (int i = 0; i < 10; ++i)
        if (b[i])
            return false;
    return b[10] == 0xFF && b[11] == 0xFF;
}

} // namespace

QStringList isDNS1035Label(const QString &value)
{
    QStringList errs;
    if (value.size() > 63)
        errs << maxLenError(63);
    if (!fullMatch(kDns1035LabelFmt, value))
        errs << regexError(
            QStringLiteral("a DNS-1035 label must consist of lower case alphanumeric "
                           "characters or '-', start with an alphabetic character, "
                           "and end with an alphanumeric character"),
            kDns1035LabelFmt, {QStringLiteral("my-name"), QStringLiteral("abc-123")});
    return errs;
}

QStringList isDNS1123Label(const QString &value)
{
    QStringList errs;
    if (value.size() > 63)
        errs << maxLenError(63);
    if (!fullMatch(kDns1123LabelFmt, value)) {
        if (fullMatch(kDns1123SubdomainFmt, value))
            errs << QStringLiteral("must not contain dots");
        else
            errs << regexError(
                QStringLiteral("a lowercase RFC 1123 label must consist of lower case "
                               "alphanumeric characters or '-', and must start and "
                               "end with an alphanumeric character"),
                kDns1123LabelFmt, {QStringLiteral("my-name"), QStringLiteral("123-abc")});
    }
    return errs;
}

QStringList isDNS1123Subdomain(const QString &value)
{
    QStringList errs;
    if (value.size() > 253)
        errs << maxLenError(253);
    if (!fullMatch(kDns1123SubdomainFmt, value))
        errs << regexError(
            QStringLiteral("a lowercase RFC 1123 subdomain must consist of lower case "
                           "alphanumeric characters, '-' or '.', and must start and "
                           "end with an alphanumeric character"),
            kDns1123SubdomainFmt, {QStringLiteral("example.com")});
    return errs;
}

QStringList isValidPortName(const QString &port)
{
    QStringList errs;
    if (port.size() > 15)
        errs << maxLenError(15);
    if (!fullMatch(QStringLiteral("[-a-z0-9]+"), port))
        errs << QStringLiteral("must contain only alpha-numeric characters (a-z, 0-9), and hyphens "
                               "(-)");
    if (!port.contains(QRegularExpression(QStringLiteral("[a-z]"))))
        errs << QStringLiteral("must contain at least one letter (a-z)");
    if (port.contains(QStringLiteral("--")))
        errs << QStringLiteral("must not contain consecutive hyphens");
    if (!port.isEmpty() && (port.front() == u'-' || port.back() == u'-'))
        errs << QStringLiteral("must not begin or end with a hyphen");
    return errs;
}

QStringList isValidPortNum(qint64 port)
{
    if (port >= 1 && port <= 65535)
        return {};
    return {QStringLiteral("must be between 1 and 65535, inclusive")};
}

QStringList isQualifiedName(const QString &value)
{
    QStringList errs;
    const QStringList parts = value.split(u'/');
    QString name;
    switch (parts.size()) {
    case 1:
        name = parts[0];
        break;
    case 2: {
        const QString prefix = parts[0];
        name = parts[1];
        if (prefix.isEmpty()) {
            errs << QStringLiteral("prefix part must be non-empty");
        } else {
            for (const QString &m : isDNS1123Subdomain(prefix))
                errs << QStringLiteral("prefix part ") + m;
        }
        break;
    }
    default:
        return {QStringLiteral("a valid label key ") +
                regexError(kLabelKeyErrMsg, kLabelKeyFmt,
                           {QStringLiteral("MyName"), QStringLiteral("my.name"),
                            QStringLiteral("123-abc")}) +
                QStringLiteral(" with an optional DNS subdomain prefix and '/' (e.g. "
                               "'example.com/MyName')")};
    }
    if (name.isEmpty())
        errs << QStringLiteral("name part must be non-empty");
    else if (name.size() > 63)
        errs << QStringLiteral("name part ") + maxLenError(63);
    if (!fullMatch(kLabelKeyFmt, name))
        errs << QStringLiteral("name part ") +
                    regexError(kLabelKeyErrMsg, kLabelKeyFmt,
                               {QStringLiteral("MyName"), QStringLiteral("my.name"),
                                QStringLiteral("123-abc")});
    return errs;
}

QStringList isValidLabelValue(const QString &value)
{
    QStringList errs;
    if (value.size() > 63)
        errs << maxLenError(63);
    const QString fmt = u'(' + kLabelKeyFmt + QStringLiteral(")?");
    if (!fullMatch(fmt, value))
        errs << regexError(
            QStringLiteral("a valid label must be an empty string or consist of "
                           "alphanumeric characters, '-', '_' or '.', and must "
                           "start and end with an alphanumeric character"),
            fmt, {QStringLiteral("MyValue"), QStringLiteral("my_value"), QStringLiteral("12345")});
    return errs;
}

bool parseIP(const QString &value, bool *isIPv6)
{
    quint8 b[16] = {};
    const bool ok = ipBytes(value, b);
    if (isIPv6)
        *isIPv6 = ok && !isMappedIPv4(b); // ::ffff:1.2.3.4 counts as IPv4, as Go's To4() does
    return ok;
}

bool parseCIDR(const QString &value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash < 0)
        return false;
    if (!parseIP(value.left(slash)))
        return false;
    const QString bits = value.mid(slash + 1);
    if (bits.isEmpty() || bits.size() > 3)
        return false;
    for (QChar c : bits)
        if (c < u'0' || c > u'9')
            return false;
    // Go's ParseCIDR counts the prefix on the address as written: 32 bits for a.b.c.d.
    return bits.toInt() <= (value.left(slash).contains(u':') ? 128 : 32);
}

QList<FieldError> validateLabels(const Labels &labels, const QString &path)
{
    // Go iterates the map in random order; Hopscope uses key order so that output is stable.
    QList<FieldError> out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        for (const QString &m : isQualifiedName(it.key()))
            out << fielderror::invalid(path, it.key(), m);
        for (const QString &m : isValidLabelValue(it.value()))
            out << fielderror::invalid(path, it.value(), m);
    }
    return out;
}

QList<FieldError> validateIP(const QString &value, const QString &path)
{
    if (parseIP(value))
        return {};
    return {fielderror::invalid(path, value,
                                QStringLiteral("must be a valid IP address, (e.g. 10.9.8.7 or "
                                               "2001:db8::ffff)"))};
}

QList<FieldError> validateNonSpecialIP(const QString &value, const QString &path)
{
    quint8 b[16] = {};
    if (!ipBytes(value, b))
        return {fielderror::invalid(path, value, QStringLiteral("must be a valid IP address"))};
    QList<FieldError> out;
    const bool v4 = isMappedIPv4(b);
    bool unspecified = true;
    for (int i = v4 ? 12 : 0; i < 16; ++i)
        unspecified = unspecified && b[i] == 0;
    bool loopback = v4 ? b[12] == 127 : b[15] == 1;
    for (int i = 0; !v4 && i < 15; ++i)
        loopback = loopback && b[i] == 0;
    const bool linkLocal =
        v4 ? (b[12] == 169 && b[13] == 254) : (b[0] == 0xFE && (b[1] & 0xC0) == 0x80);
    const bool linkLocalMulticast =
        v4 ? (b[12] == 224 && b[13] == 0 && b[14] == 0) : (b[0] == 0xFF && (b[1] & 0x0F) == 0x02);
    if (unspecified)
        out << fielderror::invalid(path, value,
                                   QStringLiteral("may not be unspecified (%1)").arg(value));
    if (loopback)
        out << fielderror::invalid(path, value,
                                   QStringLiteral("may not be in the loopback range (127.0.0.0/8, "
                                                  "::1/128)"));
    if (linkLocal)
        out << fielderror::invalid(path, value,
                                   QStringLiteral("may not be in the link-local range "
                                                  "(169.254.0.0/16, fe80::/10)"));
    if (linkLocalMulticast)
        out << fielderror::invalid(path, value,
                                   QStringLiteral("may not be in the link-local multicast range "
                                                  "(224.0.0.0/24, ff02::/10)"));
    return out;
}

QList<FieldError> validateCIDR(const QString &value, const QString &path)
{
    if (parseCIDR(value))
        return {};
    return {fielderror::invalid(path, value,
                                QStringLiteral("must be a valid CIDR value, (e.g. 10.9.8.0/24 or "
                                               "2001:db8::/64)"))};
}

QStringList serviceTypes()
{
    return {QStringLiteral("ClusterIP"), QStringLiteral("ExternalName"),
            QStringLiteral("LoadBalancer"), QStringLiteral("NodePort")};
}

QStringList portProtocols()
{
    return {QStringLiteral("SCTP"), QStringLiteral("TCP"), QStringLiteral("UDP")};
}

} // namespace hopscope::apivalidation
