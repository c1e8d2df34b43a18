#pragma once

// Evaluates a node's netfilter tables for one packet, with iptables semantics (reference A3):
// a built-in chain's entry jumps (kube-proxy's, then flannel's), rules in order, Jump enters a
// chain and comes back when it ends without a verdict, RETURN leaves a chain, MARK changes the
// packet and goes on, ACCEPT/DROP/REJECT/DNAT/MASQUERADE end the table. `-m statistic --mode
// random` is drawn with the trace's seeded generator (or forced by a pinned endpoint);
// `-m recent` reads and writes the session's lists. The long chains are read through
// NodeProxyRules::candidateRules (a hash on destination, port and protocol), so a walk costs
// the same with 10 or 10,000 Services.

#include "core/proxy/flannelrules.h"
#include "core/proxy/iptablesrule.h"
#include "core/proxy/proxyrules.h"

#include <QHash>
#include <QList>
#include <QString>

#include <random>

namespace hopscope {

// `-m recent` lists (xt_recent): list name → source address → time of the last --set.
struct RecentLists
{
    QHash<QString, QHash<quint32, qint64>> lists;
    bool hit(const QString &name, quint32 source, int seconds, qint64 now) const;
    void set(const QString &name, quint32 source, qint64 now);
};

// What a walk needs besides the packet; owned by the caller, shared by the walks of a trace.
struct RuleEnvironment
{
    std::mt19937_64 *random = nullptr; // draws for `-m statistic --mode random`
    QString pinnedEndpoint;            // "ip:port": wins the random endpoint choice
    RecentLists *recent = nullptr;
    qint64 now = 0; // seconds, the session's clock
};

struct TableVerdict
{
    enum class Kind { None, Accept, Drop, Reject, Dnat, Masquerade };
    Kind kind = Kind::None;             // None: no verdict (the chain policy, ACCEPT)
    const IptablesRule *rule = nullptr; // the rule that decided
    QList<const IptablesRule *> trail;  // every rule that matched, in order
    quint32 dnatAddress = 0;
    quint16 dnatPort = 0;
    bool pinned = false; // the endpoint choice was forced by RuleEnvironment::pinnedEndpoint
    const IptablesRule *markedBy = nullptr; // the rule that jumped to KUBE-MARK-MASQ, if any
    const IptablesRule *chosenBy = nullptr; // the KUBE-SVC/SVL rule that chose the endpoint
};

// Cache of the fixed chains' rules (KUBE-POSTROUTING, KUBE-MARK-MASQ, KUBE-FORWARD,
// KUBE-FIREWALL), which NodeProxyRules::chainRules finds by a walk of the whole table. They are
// the same rules (ProxyRules' shared part) on every node of one ProxyRules: one entry per
// (table, chain), for one ProxyRules only.
class FixedChainCache final
{
public:
    const QList<const IptablesRule *> &rules(const NodeProxyRules &node, RuleTable table,
                                             const QString &chain);

private:
    QHash<QString, QList<const IptablesRule *>> m_chains[2]; // per table (filter, nat)
};

// Per node: the rule lists of its built-in chains (kube-proxy's entry jumps, then flannel's),
// of flannel's chains, which depend on the node's pod CIDR, and of the Service chains a walk
// entered (KUBE-SVC-…, KUBE-SEP-…: a node's own, as its endpoints differ).
struct NodeChainCache
{
    QHash<QString, QList<const IptablesRule *>> chains[2]; // per table (filter, nat)
};

class RuleEvaluator final
{
public:
    RuleEvaluator(const NodeProxyRules &proxy, const FlannelRules &flannel,
                  FixedChainCache &cache, NodeChainCache &nodeCache,
                  RuleEnvironment &environment, const RuleMatchContext &context);

    // Walks `builtinChain` of `table` (PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING).
    // The packet's mark is updated by MARK rules; DNAT and MASQUERADE are reported, not applied.
    TableVerdict walk(RuleTable table, const QString &builtinChain, RulePacket &packet);

    // The rules of a chain as the walk reads them (candidates for the long chains).
    QList<const IptablesRule *> rulesOf(RuleTable table, const QString &chain,
                                        const RulePacket &packet);

private:
    bool walkChain(RuleTable table, const QString &chain, RulePacket &packet, TableVerdict &verdict,
                   int depth);
    bool drawRandom(const IptablesRule &rule, const QList<const IptablesRule *> &chain,
                    TableVerdict &verdict);

    const NodeProxyRules &m_proxy;
    const FlannelRules &m_flannel;
    FixedChainCache &m_cache;
    NodeChainCache &m_nodeCache;
    RuleEnvironment &m_env;
    const RuleMatchContext &m_context;
};

} // namespace hopscope
