#pragma once

// What the tracer keeps per Cluster (internal to the tracer): the cluster, its kube-proxy rules,
// the routing model, cluster DNS, per-node rule sets (kube-proxy's and flannel's), the cloud
// load balancers' listeners, and the state a TraceSession carries across requests (the
// `-m recent` lists of sessionAffinity ClientIP, a clock, per-endpoint counters).

#include "core/model/cluster.h"
#include "core/net/dns.h"
#include "core/proxy/flannelrules.h"
#include "core/net/network.h"
#include "core/proxy/proxyrules.h"
#include "core/proxy/ruleevaluator.h"

#include <QHash>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

namespace hopscope {

struct NodeContext
{
    const NodeInfo *info = nullptr;
    const HostNetwork *net = nullptr;
    quint32 address = 0;
    QString place; // "node/<name>": its conntrack table
    std::shared_ptr<const NodeProxyRules> rules;
    FlannelRules flannel;
    NodeChainCache chains;
    RuleMatchContext match;
    QHash<const IptablesRule *, int> ruleIndexes; // NodeProxyRules::ruleIndex, remembered
};

// A cloud load balancer listener: (ingress IP, port, protocol) of a LoadBalancer Service.
struct LoadBalancerPort
{
    int service = -1; // into Cluster::services
    int port = -1;    // into ServiceInfo::ports
};

class TraceContext final
{
public:
    // `rules` may be null: the context then generates and owns them.
    TraceContext(const Cluster &cluster, const ProxyRules *rules);
    TraceContext(const TraceContext &) = delete;
    TraceContext &operator=(const TraceContext &) = delete;

    const Cluster &cluster() const { return m_cluster; }
    const ProxyRules &rules() const { return *m_rules; }
    const Network &network() const { return m_network; }
    const ClusterDns &dns() const { return m_dns; }
    FixedChainCache &chainCache() { return m_chains; }

    // The node's context, built on first use; nullptr for an unknown node.
    NodeContext *node(const QString &name);
    // The kube-proxy plan of a Service port (its endpoints, local endpoints), or nullptr.
    const ServicePortPlan *plan(int serviceIndex, int portIndex) const;
    const LoadBalancerPort *loadBalancerPort(quint32 address, int port,
                                             RuleProtocol protocol) const;
    int loadBalancerService(quint32 address) const; // -1: not a load-balancer IP
    int externalIPService(quint32 address) const;   // -1: no Service lists it in externalIPs
    bool inServiceNetwork(quint32 address) const;
    // A pod's network (routes), computed once per pod.
    const HostNetwork &podNetwork(const PodInfo &pod);
    // Pods by name and by owning workload's name (any namespace), in Cluster::pods order.
    QList<const PodInfo *> podsNamed(const QString &name);
    QList<const PodInfo *> podsOwnedBy(const QString &workload);
    QString serviceCidr() const { return m_serviceCidrText; }
    // Who listens on a node's own port (indexes built on first use, not a scan per request):
    // the first Service port plan whose healthCheckNodePort it is, or nullptr; the first
    // Service (index into Cluster::services) with an endpoint ip:port that is no pod, or -1.
    const ServicePortPlan *healthCheckPlan(int nodePort);
    int processEndpointService(const QString &ip, int port);

    // Session state.
    RecentLists recent;
    qint64 now = 0;
    QHash<QString, int> endpointCounts;
    int requests = 0;
    int delivered = 0;

private:
    Cluster m_cluster;
    std::unique_ptr<ProxyRules> m_ownedRules;
    const ProxyRules *m_rules = nullptr;
    Network m_network;
    ClusterDns m_dns;
    FixedChainCache m_chains;
    QHash<QString, NodeContext *> m_nodeIndex;
    QHash<QString, HostNetwork> m_podNetworks;
    QHash<QString, QList<int>> m_podsByName; // built on first use
    QHash<QString, QList<int>> m_podsByOwner;
    void indexPods();
    QHash<int, int> m_healthChecks;                     // healthCheckNodePort → first plan index
    QHash<QPair<QString, int>, int> m_processEndpoints; // (ip, port) → first Service index
    bool m_listenersIndexed = false;
    void indexListeners();
    std::vector<std::unique_ptr<NodeContext>> m_nodes;
    QHash<quint32, int> m_plans; // serviceIndex << 16 | portIndex → plan index
    QHash<quint64, LoadBalancerPort> m_lbPorts;
    QHash<quint32, int> m_lbAddresses;
    QHash<quint32, int> m_externalAddresses; // externalIPs → first Service
    quint32 m_serviceNetwork = 0;
    int m_servicePrefix = -1;
    QString m_serviceCidrText;
};

quint64 portKey(quint32 address, int port, RuleProtocol protocol);

} // namespace hopscope
