#include "core/trace/tracecontext.h"

namespace hopscope {

quint64 portKey(quint32 address, int port, RuleProtocol protocol)
{
    return (quint64(protocol) << 48) | (quint64(port & 0xffff) << 32) | quint64(address);
}

TraceContext::TraceContext(const Cluster &cluster, const ProxyRules *rules)
    : m_cluster(cluster), m_ownedRules(rules ? nullptr : std::make_unique<ProxyRules>(m_cluster)),
      m_rules(rules ? rules : m_ownedRules.get()), m_network(m_cluster), m_dns(m_cluster)
{
    const QList<ServicePortPlan> &plans = m_rules->servicePorts();
    for (int i = 0; i < plans.size(); ++i)
        m_plans.insert(quint32(plans[i].serviceIndex) << 16 | quint32(plans[i].portIndex), i);
    for (int s = 0; s < m_cluster.services.size(); ++s) {
        const ServiceInfo &svc = m_cluster.services[s];
        for (const QString &ip : svc.externalIPs)
            if (quint32 address = 0; parseIPv4(ip.trimmed(), &address))
                if (!m_externalAddresses.contains(address))
                    m_externalAddresses.insert(address, s);
        if (svc.type != ServiceType::LoadBalancer)
            continue;
        for (const QString &ip : svc.loadBalancerIPs) {
            quint32 address = 0;
            if (!parseIPv4(ip.trimmed(), &address))
                continue;
            m_lbAddresses.insert(address, s);
            for (int p = 0; p < svc.ports.size(); ++p) {
                const ServicePortInfo &port = svc.ports[p];
                m_lbPorts.insert(portKey(address, port.port, ruleProtocolFromName(port.protocol)),
                                 {s, p});
            }
        }
    }
    m_serviceCidrText = m_cluster.settings.serviceCidr.trimmed();
    if (!parseIPv4Cidr(m_serviceCidrText, &m_serviceNetwork, &m_servicePrefix))
        m_servicePrefix = -1;
}

NodeContext *TraceContext::node(const QString &name)
{
    if (NodeContext *n = m_nodeIndex.value(name))
        return n;
    const NodeInfo *info = m_cluster.node(name);
    const HostNetwork *net = m_network.node(name);
    if (!info || !net)
        return nullptr;
    auto context = std::make_unique<NodeContext>();
    context->info = info;
    context->net = net;
    parseIPv4(info->internalIP, &context->address);
    context->place = info->id;
    context->rules = m_rules->forNode(info->name);
    if (!context->rules)
        return nullptr;
    context->flannel = FlannelRules(m_cluster.settings.clusterCidr, info->podCIDR);
    context->match.isLocalAddress = [net](quint32 address) { return net->isLocalAddress(address); };
    context->match.recentHit = [this](const QString &list, quint32 source, int seconds) {
        return recent.hit(list, source, seconds, now);
    };
    NodeContext *raw = context.get();
    m_nodes.push_back(std::move(context));
    m_nodeIndex.insert(info->name, raw);
    m_nodeIndex.insert(info->id, raw);
    return raw;
}

const ServicePortPlan *TraceContext::plan(int serviceIndex, int portIndex) const
{
    const auto it = m_plans.constFind(quint32(serviceIndex) << 16 | quint32(portIndex));
    return it == m_plans.cend() ? nullptr : &m_rules->servicePorts()[it.value()];
}

const LoadBalancerPort *TraceContext::loadBalancerPort(quint32 address, int port,
                                                       RuleProtocol protocol) const
{
    const auto it = m_lbPorts.constFind(portKey(address, port, protocol));
    return it == m_lbPorts.cend() ? nullptr : &it.value();
}

int TraceContext::externalIPService(quint32 address) const
{
    return m_externalAddresses.value(address, -1);
}

int TraceContext::loadBalancerService(quint32 address) const
{
    return m_lbAddresses.value(address, -1);
}

const HostNetwork &TraceContext::podNetwork(const PodInfo &pod)
{
    auto it = m_podNetworks.find(pod.id);
    if (it == m_podNetworks.end())
        it = m_podNetworks.insert(pod.id, m_network.pod(pod));
    return it.value();
}

void TraceContext::indexPods()
{
    if (!m_podsByName.isEmpty() || m_cluster.pods.isEmpty())
        return;
    m_podsByName.reserve(m_cluster.pods.size());
    for (int i = 0; i < m_cluster.pods.size(); ++i) {
        m_podsByName[m_cluster.pods[i].name] << i;
        if (!m_cluster.pods[i].ownerName.isEmpty())
            m_podsByOwner[m_cluster.pods[i].ownerName] << i;
    }
}

QList<const PodInfo *> TraceContext::podsNamed(const QString &name)
{
    indexPods();
    QList<const PodInfo *> out;
    for (int i : m_podsByName.value(name))
        out << &m_cluster.pods[i];
    return out;
}

QList<const PodInfo *> TraceContext::podsOwnedBy(const QString &workload)
{
    indexPods();
    QList<const PodInfo *> out;
    for (int i : m_podsByOwner.value(workload))
        out << &m_cluster.pods[i];
    return out;
}

void TraceContext::indexListeners()
{
    if (m_listenersIndexed)
        return;
    m_listenersIndexed = true;
    const QList<ServicePortPlan> &plans = m_rules->servicePorts();
    for (int i = 0; i < plans.size(); ++i)
        if (!m_healthChecks.contains(plans[i].healthCheckNodePort))
            m_healthChecks.insert(plans[i].healthCheckNodePort, i);
    for (int s = 0; s < m_cluster.services.size(); ++s)
        for (const QList<EndpointInfo> &list : m_cluster.services[s].endpoints)
            for (const EndpointInfo &e : list) {
                const QPair<QString, int> key(e.ip, e.port);
                if (e.podId.isEmpty() && !m_processEndpoints.contains(key))
                    m_processEndpoints.insert(key, s);
            }
}

const ServicePortPlan *TraceContext::healthCheckPlan(int nodePort)
{
    indexListeners();
    const auto it = m_healthChecks.constFind(nodePort);
    return it == m_healthChecks.cend() ? nullptr : &m_rules->servicePorts()[it.value()];
}

int TraceContext::processEndpointService(const QString &ip, int port)
{
    indexListeners();
    return m_processEndpoints.value(QPair<QString, int>(ip, port), -1);
}

bool TraceContext::inServiceNetwork(quint32 address) const
{
    return m_servicePrefix >= 0 && (address & ipv4PrefixMask(m_servicePrefix)) == m_serviceNetwork;
}

} // namespace hopscope
