#pragma once

// kube-proxy (nftables mode) rules per node: the `ip kube-proxy` table one full sync of
// pkg/proxy/nftables/proxier.go (setupNFTables + syncProxyRules) writes, as a structured
// NftRuleset (nftrules.h). It starts from the same node-independent Service port plans as the
// iptables generator (servicerules.h: externally accessible, traffic policies, usable
// endpoints, affinity, source ranges), so both modes take the same Service-level decisions.
//
//   NftProxyRules rules(cluster);
//   auto node = rules.forNode(QStringLiteral("node-1"));  // nullptr for an unknown node
//   nftablesDump(*node);                                   // nfttext.h
//
// What differs from the iptables mode, with no setting involved (reference
// kube-proxy-nftables-TestOverallNFTablesRules.config.md, section 1): node ports answer only
// on the addresses in @nodeport-ips (by default the node's primary IP; never 127.0.0.1),
// masquerading is always fully-random, there are no health-check-node-port, nfacct or
// INVALID-drop rules, and the base chains hook into netfilter directly.

#include "core/model/cluster.h"
#include "core/proxy/nftrules.h"
#include "core/proxy/servicerules.h"

#include <QList>
#include <QString>

#include <memory>

namespace hopscope {

// The proxier-wide settings of the nftables mode, from the cluster settings.
struct NftConfig
{
    quint32 masqueradeMark = 0x4000;
    bool localDetector = true; // --detect-local-mode ClusterCIDR with a cluster CIDR
    AddressMatch clusterCidr;
    bool nodeCidrDetector = false; // --detect-local-mode NodeCIDR
    bool masqueradeAll = false;
    // --nodeport-addresses: empty (the nftables default) and "primary" mean the node's primary
    // IP; CIDRs select the node's addresses in them; a /0 CIDR means every local address
    // (`fib daddr type local`, but not 127.0.0.0/8).
    bool nodePortPrimary = true;
    bool nodePortMatchAll = false;
    QList<AddressMatch> nodePortAddresses;
    QList<AddressMatch> serviceCidrs; // --service-cluster-ip-range
};

NftConfig nftConfig(const ClusterSettings &settings);

// The names kube-proxy gives one Service port's objects (proxier.go newServiceInfo /
// newEndpointInfo), parallel to ServicePortPlan::endpoints.
struct NftPlanNames
{
    QString base; // HASH-ns/name/proto/port
    QString serviceChain, localChain, externalChain, firewallChain;
    QStringList endpointChains;
    QStringList affinitySets;
};

class NftProxyRules final
{
public:
    explicit NftProxyRules(const Cluster &cluster);

    // The ruleset of a node of the cluster (by name or id); nullptr for an unknown node.
    std::shared_ptr<const NftRuleset> forNode(const QString &node) const;

    const QList<ServicePortPlan> &servicePorts() const { return m_plans; }
    const QList<NftPlanNames> &names() const { return m_names; }
    const NftConfig &config() const { return m_config; }

private:
    Cluster m_cluster;
    NftConfig m_config;
    QList<ServicePortPlan> m_plans;
    QList<NftPlanNames> m_names;
};

// Convenience for one-off use (the CLI): the dump of one node, empty for an unknown node.
QString nftablesText(const Cluster &cluster, const QString &node);

} // namespace hopscope
