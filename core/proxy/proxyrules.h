#pragma once

// kube-proxy (iptables mode) rules per node: the filter and nat tables one full sync of
// proxier.go syncProxyRules (~v1.31) writes, as structured rules (iptablesrule.h) with their
// exact text, an index for the tracer, and the iptables-restore input (reference A3).
//
//   ProxyRules rules(cluster);                      // node-independent work, once per Cluster
//   auto node = rules.forNode(QStringLiteral("node-1"));   // generated on demand, cached
//   node->restoreText();                            // "*filter\n…COMMIT\n*nat\n…COMMIT\n"
//   for (const IptablesRule *r : node->candidateRules(RuleTable::Nat, "KUBE-SERVICES", pkt))
//       if (r->match(pkt, ctx) != RuleMatch::NoMatch) …
//
// A walk, as netfilter runs it for a NEW connection on this node (reference A3.5):
//   nat PREROUTING (arriving packet) or nat OUTPUT (the node's own process): entryRules() →
//     KUBE-SERVICES → KUBE-SVC/SVL/EXT/FW → KUBE-SEP: DNAT (or nothing matched: no DNAT);
//   routing on the (new) destination; then filter FORWARD (routed) or INPUT (local delivery)
//     or OUTPUT: entryRules() → KUBE-PROXY-FIREWALL, KUBE-FORWARD, KUBE-SERVICES,
//     KUBE-EXTERNAL-SERVICES, KUBE-NODEPORTS, KUBE-FIREWALL (DROP/REJECT/ACCEPT verdicts);
//   nat POSTROUTING → KUBE-POSTROUTING: MASQUERADE when the packet carries the mark set by
//     KUBE-MARK-MASQ. Replies are not walked: conntrack undoes the DNAT/SNAT.
// For each chain: candidateRules() (or chainRules()), then IptablesRule::match() on each in
// order; a Jump enters the target chain and comes back when it ends without a verdict.
//
// Sharing: the rules of a Service port depend on the node only through its local endpoints
// (Local traffic policies) and, for loadBalancerSourceRanges, on whether a range holds the
// node's IP. Rule blocks are cached on that key, so nodes share every block that is the same
// on them; a node's own cost is one pointer per Service port. The lookup index is
// node-independent too: (address, port, protocol) → the Service ports that write rules for it.
//
// Emission order across Services: kube-proxy walks a Go map (random order); Hopscope walks the
// Cluster's Service order (namespace, name) and port order. sortIptablesRules() (iptablesdump.h)
// removes that difference, as the upstream test does.

#include "core/proxy/chainnames.h"
#include "core/model/cluster.h"
#include "core/proxy/iptablesrule.h"
#include "core/proxy/servicerules.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hopscope {

// proxier.go largeClusterEndpointsThreshold: above it the per-endpoint comments are dropped.
inline constexpr int kLargeClusterEndpointsThreshold = 1000;

class NodeProxyRules;

class ProxyRules final
{
public:
    explicit ProxyRules(const Cluster &cluster);
    ~ProxyRules();
    ProxyRules(const ProxyRules &) = delete;
    ProxyRules &operator=(const ProxyRules &) = delete;

    // The rules of a node of the cluster (by name or id); nullptr for an unknown node.
    // Generated on first use and cached; thread-safe.
    std::shared_ptr<const NodeProxyRules> forNode(const QString &node) const;

    QStringList nodeNames() const;
    int totalEndpoints() const;    // over the proxied Service ports, as kube-proxy counts
    bool largeClusterMode() const; // totalEndpoints() > kLargeClusterEndpointsThreshold
    const QList<ServicePortPlan> &servicePorts() const;

    struct Shared; // immutable: plans, fixed rules, settings (nodes keep it alive)
    struct Cache;  // generated nodes and rule blocks

private:
    std::shared_ptr<const Shared> d;
    std::unique_ptr<Cache> m_cache;
};

// The rules kube-proxy writes on one node. Immutable; pointers it hands out stay valid while
// it lives.
class NodeProxyRules final
{
public:
    QString nodeName() const { return m_nodeName; }
    QString nodeIP() const { return m_nodeIP; }
    bool largeClusterMode() const;

    // The iptables-restore input of one full sync: "*filter\n" + chain lines + rules +
    // "COMMIT\n*nat\n" + chain lines + rules + "COMMIT\n", in kube-proxy's emission order.
    QString restoreText() const;

    // Every chain the restore input declares (":NAME - [0:0]"), in emission order.
    QStringList chainNames(RuleTable table) const;
    bool hasChain(RuleTable table, const QString &chain) const;
    // A chain's rules in order (KUBE-SERVICES included, which is long in a big cluster).
    // For a built-in chain (PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING): the jumps
    // kube-proxy (and kubelet, for KUBE-FIREWALL) put there, as entryRules().
    QList<const IptablesRule *> chainRules(RuleTable table, const QString &chain) const;
    // The jumps from a built-in chain into kube-proxy's chains, in the order a node shows them
    // (`iptables -S`): where a walk starts. They are installed with EnsureRule(Prepend) outside
    // the restore input, so restoreText() and rules() do not hold them.
    //   nat    PREROUTING, OUTPUT → KUBE-SERVICES; POSTROUTING → KUBE-POSTROUTING
    //   filter INPUT   → KUBE-PROXY-FIREWALL (NEW), KUBE-NODEPORTS, KUBE-EXTERNAL-SERVICES (NEW),
    //                    KUBE-FIREWALL
    //          FORWARD → KUBE-PROXY-FIREWALL (NEW), KUBE-FORWARD, KUBE-SERVICES (NEW),
    //                    KUBE-EXTERNAL-SERVICES (NEW)
    //          OUTPUT  → KUBE-PROXY-FIREWALL (NEW), KUBE-SERVICES (NEW), KUBE-FIREWALL
    QList<const IptablesRule *> entryRules(RuleTable table, const QString &builtinChain) const;
    // Every rule of a table in emission order.
    QList<const IptablesRule *> rules(RuleTable table) const;
    int ruleCount(RuleTable table) const; // the `-A` lines (sync_proxy_rules_iptables_total)
    // A rule's position in rules(rule->table) (Hop::ruleIndex), -1 for an entry jump or a rule
    // of another node; and the rule at a position (nullptr out of range). O(log n).
    int ruleIndex(const IptablesRule *rule) const;
    const IptablesRule *ruleAt(RuleTable table, int index) const;

    // The rules of `chain` that may match the packet, in chain order; every other rule of
    // the chain certainly does not match it. O(1) for the long chains (KUBE-SERVICES,
    // KUBE-NODEPORTS, KUBE-EXTERNAL-SERVICES, KUBE-PROXY-FIREWALL, in both tables): the
    // Service ports with rules for (destination address, port, protocol) or (port, protocol)
    // are found in a hash, then only their few rules are looked at.
    QList<const IptablesRule *> candidateRules(RuleTable table, const QString &chain,
                                               const RulePacket &packet) const;

    // The rules each Service port contributes on this node, in emission order.
    const QList<std::shared_ptr<const ServicePortRules>> &servicePorts() const { return m_ports; }
    QList<const ServicePortRules *> servicePortRules(const QString &serviceId) const;

private:
    friend class ProxyRules;

    QString m_nodeName;
    QString m_nodeIP;
    std::shared_ptr<const ProxyRules::Shared> m_shared;
    QList<std::shared_ptr<const ServicePortRules>> m_ports; // parallel to the plans
    QList<int> m_offsets[2]; // per table (filter, nat): index of each block's first rule
    // --nodeport-addresses: this node's own last KUBE-SERVICES rules (one `-d` per address).
    QList<IptablesRule> m_natTail;
    bool m_ownTail = false;
    const QList<IptablesRule> &natTail() const;
};

// Convenience for one-off use (the CLI): the restore text of one node, or an empty string
// when the node is unknown.
QString iptablesRestoreText(const Cluster &cluster, const QString &node);

} // namespace hopscope
