#pragma once

// IPv4 in one place: addresses and CIDRs parsed and printed (host byte order), the arithmetic on
// the 32-bit value, and the layer-4 protocol of a packet or a rule. Addresses are read as
// Kubernetes reads them (netutils.ParseIPSloppy): decimal octets, a leading zero is still
// decimal ("172.30.0.041" is 172.30.0.41, never octal).

#include <QString>

#include <optional>

namespace hopscope {

// Parses a dotted-quad IPv4 address ("10.96.0.1"); nothing else (no "1.2.3", no IPv6).
bool parseIPv4(const QString &text, quint32 *address);
std::optional<quint32> parseIPv4(const QString &text);
QString formatIPv4(quint32 address); // "10.96.0.1"
// "203.0.113.5/25" (surrounding spaces allowed, as kube-proxy trims them) → network
// 203.0.113.0 and prefix 25. A plain address is a /32. (Ipv4Cidr::parse below wants the slash.)
bool parseIPv4Cidr(const QString &text, quint32 *network, int *prefix);
quint32 ipv4PrefixMask(int prefix);

enum class RuleProtocol : quint8 { Any, Tcp, Udp, Sctp };
QString ruleProtocolName(RuleProtocol protocol);        // "tcp", "udp", "sctp", "" for Any
RuleProtocol ruleProtocolFromName(const QString &name); // case-insensitive; Any if unknown
bool isKnownRuleProtocol(const QString &name);          // TCP/UDP/SCTP, any case

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
