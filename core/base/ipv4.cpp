#include "core/base/ipv4.h"


namespace hopscope {

QString ruleProtocolName(RuleProtocol protocol)
{
    switch (protocol) {
    case RuleProtocol::Tcp:
        return QStringLiteral("tcp");
    case RuleProtocol::Udp:
        return QStringLiteral("udp");
    case RuleProtocol::Sctp:
        return QStringLiteral("sctp");
    case RuleProtocol::Any:
        break;
    }
    return QString();
}

RuleProtocol ruleProtocolFromName(const QString &name)
{
    if (name.compare(u"tcp", Qt::CaseInsensitive) == 0)
        return RuleProtocol::Tcp;
    if (name.compare(u"udp", Qt::CaseInsensitive) == 0)
        return RuleProtocol::Udp;
    if (name.compare(u"sctp", Qt::CaseInsensitive) == 0)
        return RuleProtocol::Sctp;
    return RuleProtocol::Any;
}

bool isKnownRuleProtocol(const QString &name)
{
    return ruleProtocolFromName(name) != RuleProtocol::Any;
}

bool parseIPv4(const QString &text, quint32 *address)
{
    quint32 result = 0;
    int parts = 0;
    int value = -1;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            value = (value < 0 ? 0 : value * 10) + (c.unicode() - u'0');
            if (value > 255)
                return false;
        } else if (c == u'.') {
            if (value < 0 || parts == 3)
                return false;
            result = (result << 8) | quint32(value);
            ++parts;
            value = -1;
        } else {
            return false;
        }
    }
    if (value < 0 || parts != 3)
        return false;
    if (address)
        *address = (result << 8) | quint32(value);
    return true;
}

QString formatIPv4(quint32 address)
{
    // Formatted by hand: the tracer prints many addresses per hop, and QString::arg is slow.
    char buf[16];
    int n = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned v = (address >> shift) & 0xffu;
        if (v >= 100)
            buf[n++] = char('0' + v / 100);
        if (v >= 10)
            buf[n++] = char('0' + (v / 10) % 10);
        buf[n++] = char('0' + v % 10);
        if (shift)
            buf[n++] = '.';
    }
    return QString::fromLatin1(buf, n);
}

quint32 ipv4PrefixMask(int prefix)
{
    if (prefix <= 0)
        return 0;
    if (prefix >= 32)
        return 0xffffffffu;
    return ~((quint32(1) << (32 - prefix)) - 1);
}

bool parseIPv4Cidr(const QString &text, quint32 *network, int *prefix)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    quint32 ip = 0;
    int bits = 32;
    if (slash < 0) {
        if (!parseIPv4(trimmed, &ip))
            return false;
    } else {
        if (!parseIPv4(trimmed.left(slash), &ip))
            return false;
        const QString len = trimmed.mid(slash + 1);
        bool ok = false;
        bits = len.toInt(&ok);
        if (!ok || len.isEmpty() || !len.front().isDigit() || bits < 0 || bits > 32)
            return false;
    }
    if (network)
        *network = ip & ipv4PrefixMask(bits);
    if (prefix)
        *prefix = bits;
    return true;
}

std::optional<quint32> parseIPv4(const QString &text)
{
    quint32 address = 0;
    if (!parseIPv4(text, &address))
        return std::nullopt;
    return address;
}

std::optional<Ipv4Cidr> Ipv4Cidr::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    quint32 address = 0;
    if (!parseIPv4(text.left(slash), &address))
        return std::nullopt;
    const QString length = text.mid(slash + 1);
    bool ok = false;
    const int prefix = length.toInt(&ok);
    if (!ok || length.isEmpty() || !length.front().isDigit() || prefix < 0 || prefix > 32)
        return std::nullopt;
    return Ipv4Cidr{address & ipv4PrefixMask(prefix), prefix};
}

bool Ipv4Cidr::contains(quint32 address) const
{
    return (address & ipv4PrefixMask(prefix)) == network;
}

bool Ipv4Cidr::contains(const Ipv4Cidr &other) const
{
    return other.prefix >= prefix && contains(other.network);
}

bool Ipv4Cidr::overlaps(const Ipv4Cidr &other) const
{
    return contains(other) || other.contains(*this);
}

Ipv4Cidr Ipv4Cidr::containing(quint32 address, int prefix)
{
    return Ipv4Cidr{address & ipv4PrefixMask(prefix), prefix};
}

QString Ipv4Cidr::toString() const
{
    return formatIPv4(network) + u'/' + QString::number(prefix);
}

} // namespace hopscope
