#pragma once

// IPv4 address arithmetic for the cluster builder: text is parsed and printed with QHostAddress,
// the arithmetic itself is done on the 32-bit value.

#include <QString>

#include <optional>

namespace hopscope {

// Parses a dotted-quad IPv4 address ("10.96.0.1"); nothing else (no "1.2.3", no IPv6).
std::optional<quint32> parseIPv4(const QString &text);
QString formatIPv4(quint32 address);

struct Ipv4Cidr
{
    quint32 network = 0; // host bits cleared
    int prefix = 32;

    // "10.244.0.0/16"; host bits are cleared as Go's net.ParseCIDR does. nullopt when not IPv4.
    static std::optional<Ipv4Cidr> parse(const QString &text);

    quint64 size() const { return quint64(1) << (32 - prefix); }
    quint32 last() const { return network + quint32(size() - 1); } // broadcast address
    quint32 at(quint64 offset) const { return network + quint32(offset); }
    bool contains(quint32 address) const;
    bool contains(const Ipv4Cidr &other) const;
    bool overlaps(const Ipv4Cidr &other) const;
    // The network of the given prefix length that holds address.
    static Ipv4Cidr containing(quint32 address, int prefix);
    QString toString() const; // "10.244.1.0/24"

    friend bool operator==(const Ipv4Cidr &, const Ipv4Cidr &) = default;
};

} // namespace hopscope
