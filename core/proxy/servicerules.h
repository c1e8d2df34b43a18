#pragma once

// The rules one Service port makes kube-proxy write on one node (reference A3.2), and the
// node-independent facts they are computed from. Internal to ProxyRules, but public so the
// UI can show "the rules of this Service on this node".

#include "core/model/cluster.h"
#include "core/proxy/iptablesrule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hopscope {

// One endpoint of a Service port, as kube-proxy's endpoints map holds it (IPv4, deduplicated
// by "ip:port", sorted by that string).
struct PlannedEndpoint
{
    QString ip;
    quint32 address = 0;
    int port = 0;
    QString text;     // "ip:port" (Endpoint.String())
    QString chain;    // KUBE-SEP-…
    QString nodeName; // empty: not local to any node
    bool ready = true;
    bool serving = true;
    bool terminating = false;
};

// Everything about one Service port that does not depend on the node (pkg/proxy/serviceport.go
// and the part of CategorizeEndpoints that ignores locality). Computed once per Cluster.
struct ServicePortPlan
{
    int serviceIndex = -1; // into Cluster::services
    int portIndex = -1;    // into ServiceInfo::ports
    QString serviceId;
    QString portName;
    QString name;         // servicePortName string: "ns/svc:port"
    QString protocolName; // "tcp"
    RuleProtocol protocol = RuleProtocol::Tcp;
    int port = 0;
    QString clusterIP;
    quint32 clusterAddress = 0;
    int nodePort = 0;
    int healthCheckNodePort = 0; // only when NeedsHealthCheck (LoadBalancer + Local policy)
    int stickySeconds = 0;       // > 0: sessionAffinity ClientIP
    QStringList externalIPs;     // IPv4 only, normalized
    QList<quint32> externalAddresses;
    QStringList loadBalancerIPs; // status ingress IPs, IPv4 only, normalized
    QList<quint32> loadBalancerAddresses;
    QList<AddressMatch> sourceRanges; // loadBalancerSourceRanges, trimmed and normalized
    bool internalPolicyLocal = false;
    bool externalPolicyLocal = false;
    bool externallyAccessible = false;

    QString svcChain, svlChain, extChain, fwChain;
    QList<PlannedEndpoint> endpoints;      // all of them (any condition), sorted
    QList<int> clusterEndpoints;           // indexes: ready, else serving-terminating fallback
    bool hasClusterEndpoints = false;      // usable endpoints anywhere (hasEndpoints for Cluster)
    bool hasLocalCapableEndpoints = false; // any ready or serving-terminating endpoint

    bool usesClusterEndpoints() const { return !internalPolicyLocal || externallyAccessible; }
    bool usesLocalEndpoints() const
    {
        return internalPolicyLocal || (externallyAccessible && externalPolicyLocal);
    }
    bool hasAnyEndpoints() const { return hasClusterEndpoints || hasLocalCapableEndpoints; }
    // Local endpoints on a node, as CategorizeEndpoints picks them (ready, else
    // serving-terminating). Empty when the port does not use local endpoints.
    QList<int> localEndpoints(const QString &nodeName) const;
    // What kube-proxy's health check server counts on a node: its ready local endpoints only
    // (LocalReadyEndpoints; a serving-but-terminating one does not count). > 0 answers 200.
    int healthCheckEndpoints(const QString &nodeName) const;
};

// The node-dependent inputs of a Service port's rules.
struct ServicePortNodeContext
{
    QList<int> localEndpoints;  // from ServicePortPlan::localEndpoints
    bool allowFromNode = false; // a loadBalancerSourceRange holds the node's IP
    // --detect-local-mode NodeCIDR: the node's pod CIDR (set: it replaces the cluster CIDR).
    AddressMatch nodeCidr;
};

// The proxier-wide settings the rules depend on.
struct ProxierConfig
{
    QString masqueradeMarkText = QStringLiteral("0x4000");
    quint32 masqueradeMark = 0x4000;
    bool localDetector = true; // a cluster CIDR is known (--detect-local-mode ClusterCIDR)
    AddressMatch clusterCidr;  // the local-traffic detector (-s / ! -s)
    bool nodeCidrDetector = false; // --detect-local-mode NodeCIDR: the node's pod CIDR instead
    bool masqueradeAll = false;    // --masquerade-all
    bool localhostNodePorts = true; // --iptables-localhost-nodeports (and loopback allowed by
                                    // --nodeport-addresses)
    QList<AddressMatch> nodePortAddresses; // --nodeport-addresses CIDRs; empty: match all
    bool nodePortPrimary = false;          // --nodeport-addresses primary
    bool nfacctCounters = true;
    bool randomFully = false;
    bool largeClusterMode = false;
};

// The rules of one Service port on one node, in kube-proxy's emission order.
struct ServicePortRules
{
    const ServicePortPlan *plan = nullptr; // owned by ProxyRules (outlives this)
    QList<IptablesRule> filterRules;       // into KUBE-SERVICES, KUBE-EXTERNAL-SERVICES,
                                           // KUBE-NODEPORTS, KUBE-PROXY-FIREWALL (filter)
    QStringList natChains;                 // the chains this port declares (":NAME" lines)
    QList<IptablesRule> natRules;          // KUBE-SERVICES/NODEPORTS captures, then its chains

    bool declaresChain(const QString &chain) const { return natChains.contains(chain); }
    QList<const IptablesRule *> chainRules(RuleTable table, const QString &chain) const;
};

// Node-independent plans for every proxied Service port of the cluster, in Service order
// (headless, ExternalName and Services without an IPv4 ClusterIP are skipped).
QList<ServicePortPlan> planServicePorts(const Cluster &cluster);

ServicePortRules generateServicePortRules(const ServicePortPlan &plan,
                                          const ServicePortNodeContext &node,
                                          const ProxierConfig &config);

} // namespace hopscope
