#pragma once

// kube-proxy (nftables mode) rules of one node as a structured model: the `ip kube-proxy` table,
// its chains (base chains with type, hook and priority), sets, verdict maps with their elements,
// and rules as parsed matches plus one statement, each tagged with the Service port (and
// endpoint) it belongs to. The text of every object is rendered from the structure
// (nfttext.h), so what a walk evaluates (nftevaluator.h) and what the rules view prints cannot
// disagree. Upstream: pkg/proxy/nftables/proxier.go (syncProxyRules, setupNFTables) and the
// knftables Fake.Dump() text its unit tests compare (reference
// kube-proxy-nftables-TestOverallNFTablesRules.config.md, section 4).

#include "core/proxy/iptablesrule.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hopscope {

struct NftChain
{
    QString name;
    QString type; // base chains: "filter", "nat"; empty for a regular chain
    QString hook; // "prerouting", "input", "forward", "output", "postrouting"
    int priority = 0;
    QString comment;
    int plan = -1;    // the Service port (index into the plans) that owns it; -1: fixed
    QString endpoint; // "ip:port" for an endpoint chain
    bool isBase() const { return !type.isEmpty(); }
};

// What a verdict map or a `vmap` lookup is keyed by.
enum class NftKey : quint8 {
    DaddrProtoPort, // ip daddr . meta l4proto . th dport   (ipv4_addr . inet_proto . inet_service)
    ProtoPort,      // meta l4proto . th dport              (inet_proto . inet_service)
};

// A set (no value) or a verdict map.
struct NftSet
{
    QString name;
    bool map = false;
    QString type; // "ipv4_addr", "ipv4_addr . inet_proto . inet_service : verdict"
    NftKey key = NftKey::DaddrProtoPort; // maps only
    QStringList flags;                   // "dynamic", "timeout"
    int timeoutSeconds = 0;
    QString comment;
    int plan = -1;
    QString endpoint; // affinity sets: the endpoint they remember clients for
};

struct NftVerdict
{
    enum class Kind : quint8 { None, Jump, Goto, Return, Accept, Drop, Reject };
    Kind kind = Kind::None;
    QString chain; // Jump, Goto
};

struct NftElement
{
    QString set;
    QString key; // the key as printed: "172.30.0.41 . tcp . 80", "tcp . 3001", "192.168.0.2"
    QString comment;
    NftVerdict value; // maps only
    int plan = -1;
};

struct NftMatch
{
    enum class Kind : quint8 {
        Daddr,         // ip daddr [!=] ADDR|CIDR
        Saddr,         // ip saddr [!=] ADDR|CIDR
        DaddrRanges,   // ip daddr [!=] { A , B }
        SaddrRanges,   // ip saddr [!=] { A , B }
        DaddrInSet,    // ip daddr @SET
        SaddrInSet,    // ip saddr @SET
        CtStateNew,    // ct state new
        FibSaddrLocal, // fib saddr type local
        FibDaddrLocal, // fib daddr type local
        MarkClear,     // mark and MASK == 0
        L4Proto,       // meta l4proto tcp
    };
    Kind kind = Kind::Daddr;
    bool negated = false;
    QList<AddressMatch> addresses; // Daddr/Saddr (one), *Ranges (several)
    QString set;
    quint32 mark = 0;
    RuleProtocol protocol = RuleProtocol::Tcp;
};

struct NftRule
{
    enum class Statement : quint8 {
        Verdict,    // jump/goto/return/accept/drop/reject
        Vmap,       // KEY vmap @MAP
        NumgenVmap, // numgen random mod N vmap { 0 : goto A , 1 : goto B }
        MarkOr,     // mark set mark or M
        MarkXor,    // mark set mark xor M
        Masquerade, // masquerade fully-random
        Dnat,       // dnat to IP:PORT
        UpdateSet,  // update @SET { ip saddr }
    };
    QString chain;
    QList<NftMatch> matches; // all must hold
    Statement statement = Statement::Verdict;
    NftVerdict verdict;                  // Verdict
    QString set;                         // Vmap: the map; UpdateSet: the set
    NftKey key = NftKey::DaddrProtoPort; // Vmap
    QStringList endpointChains;          // NumgenVmap: goto targets, element i at index i
    quint32 mark = 0;                    // MarkOr, MarkXor
    quint32 dnatAddress = 0;             // Dnat
    quint16 dnatPort = 0;
    QString dnatText; // "10.180.0.1:80"
    QString comment;
    int plan = -1;
    QString endpoint; // "ip:port" of the endpoint chain it is in
};

// One node's kube-proxy table (nftables mode), with lookups by name.
struct NftRuleset
{
    QString family = QStringLiteral("ip");
    QString table = QStringLiteral("kube-proxy");
    QString comment = QStringLiteral("rules for kube-proxy");
    QString nodeName;
    QString nodeIP;

    QList<NftChain> chains;     // in the order added
    QList<NftSet> sets;         // sets and maps, in the order added
    QList<NftRule> rules;       // in the order added (per chain: the chain's order)
    QList<NftElement> elements; // in the order added

    const NftChain *chain(const QString &name) const;
    const NftSet *set(const QString &name) const;
    // The rules of a chain, in order.
    QList<const NftRule *> chainRules(const QString &chain) const;
    // The element of a set or map with this key text; nullptr when there is none.
    const NftElement *element(const QString &set, const QString &key) const;
    // Base chains for a hook, in priority order (lowest first), as netfilter runs them.
    QList<const NftChain *> baseChains(const QString &hook) const;

    // Builds the indexes; call once after filling the lists.
    void reindex();

private:
    QHash<QString, int> m_chains, m_sets;
    QHash<QString, QList<int>> m_rules;
    QList<int> m_baseChains;
    QHash<QString, QHash<QString, int>> m_elements;
};

// kube-proxy nftables names (proxier.go hashAndTruncate): HASH-TEXT, HASH the first 8
// characters of base32(sha256(TEXT)); a name longer than 240 is cut to 237 plus "...".
QString nftHashAndTruncate(const QString &text);
// servicePortChainNameBase: "ns/name/proto/portname".
QString nftServicePortBase(const QString &ns, const QString &name, const QString &protocol,
                           const QString &portName);
// servicePortEndpointChainNameBase: "ns/name/proto/portname__IP/PORT" (":" in IPv6 become ".").
QString nftEndpointBase(const QString &ns, const QString &name, const QString &protocol,
                        const QString &portName, const QString &ip, int port);

} // namespace hopscope
