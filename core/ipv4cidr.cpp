#include "ipv4cidr.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace hopscope {

namespace {

quint32 maskOf(int prefix)
{
    return prefix <= 0 ? 0u : ~quint32(0) << (32 - prefix);
}

bool looksLikeDottedQuad(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return re.match(text).hasMatch();
}

} // namespace

std::optional<quint32> parseIPv4(const QString &text)
{
    if (!looksLikeDottedQuad(text))
        return std::nullopt;
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    return address.toIPv4Address();
}

QString formatIPv4(quint32 address)
{
    return QHostAddress(address).toString();
}

std::optional<Ipv4Cidr> Ipv4Cidr::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    if (!parseIPv4(text.left(slash)))
        return std::nullopt;
    bool ok = false;
    const int prefix = text.mid(slash + 1).toInt(&ok);
    if (!ok || prefix < 0 || prefix > 32)
        return std::nullopt;
    const auto subnet = QHostAddress::parseSubnet(text);
    if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || subnet.second != prefix)
        return std::nullopt;
    return Ipv4Cidr{subnet.first.toIPv4Address() & maskOf(prefix), prefix};
}

bool Ipv4Cidr::contains(quint32 address) const
{
    return (address & maskOf(prefix)) == network;
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
    return Ipv4Cidr{address & maskOf(prefix), prefix};
}

QString Ipv4Cidr::toString() const
{
    return formatIPv4(network) + u'/' + QString::number(prefix);
}

} // namespace hopscope
