#include "core/proxy/servicerules.h"

#include "core/proxy/chainnames.h"
#include "core/proxy/rulebuilder.h"
#include "core/proxy/servicerulewriter_p.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace hopscope {

namespace {

QStringList ipv4Only(const QStringList &ips, QList<quint32> *addresses)
{
    QStringList out;
    for (const QString &ip : ips) {
        quint32 a = 0;
        if (!parseIPv4(ip.trimmed(), &a))
            continue; // other family (or not an IP): kube-proxy's IPv4 proxier ignores it
        out << formatIPv4(a);
        addresses->append(a);
    }
    return out;
}

QList<PlannedEndpoint> planEndpoints(const QList<EndpointInfo> &list, const QString &spn,
                                     const QString &proto)
{
    QList<PlannedEndpoint> out;
    out.reserve(list.size());
    QHash<QString, int> seen;
    seen.reserve(list.size());
    for (const EndpointInfo &e : list) {
        quint32 address = 0;
        if (e.port <= 0 || e.port > 65535 || !parseIPv4(e.ip, &address))
            continue;
        PlannedEndpoint p;
        p.ip = formatIPv4(address);
        if (p.ip == e.ip)
            p.ip = e.ip; // already normal: share the pod's string
        p.address = address;
        p.port = e.port;
        p.text = endpointString(p.ip, p.port);
        p.nodeName = e.nodeName;
        p.ready = e.ready;
        p.serving = e.serving;
        p.terminating = e.terminating;
        // endpointslicecache.go: duplicates collapse on "ip:port", a local copy wins.
        const auto it = seen.constFind(p.text);
        if (it != seen.cend()) {
            if (!p.nodeName.isEmpty())
                out[it.value()] = p;
            continue;
        }
        seen.insert(p.text, int(out.size()));
        out << p;
    }
    // sort.Sort(byEndpoint): plain string order of "ip:port" (10.244.10.2 before 10.244.2.2).
    std::sort(out.begin(), out.end(),
              [](const PlannedEndpoint &a, const PlannedEndpoint &b) { return a.text < b.text; });
    for (PlannedEndpoint &p : out)
        p.chain = endpointChainName(spn, proto, p.text);
    out.squeeze();
    return out;
}

} // namespace

int ServicePortPlan::healthCheckEndpoints(const QString &nodeName) const
{
    int n = 0;
    for (const PlannedEndpoint &e : endpoints)
        n += e.nodeName == nodeName && e.ready ? 1 : 0;
    return n;
}

QList<int> ServicePortPlan::localEndpoints(const QString &nodeName) const
{
    QList<int> out;
    if (!usesLocalEndpoints() || nodeName.isEmpty())
        return out;
    for (int i = 0; i < endpoints.size(); ++i)
        if (endpoints[i].nodeName == nodeName && endpoints[i].ready)
            out << i;
    if (out.isEmpty())
        for (int i = 0; i < endpoints.size(); ++i)
            if (endpoints[i].nodeName == nodeName && endpoints[i].serving &&
                endpoints[i].terminating)
                out << i;
    return out;
}

namespace {

// The plans of one Service's ports (cluster.services[s]).
QList<ServicePortPlan> planService(const Cluster &cluster, int s)
{
    QList<ServicePortPlan> plans;
    const ServiceInfo &svc = cluster.services[s];
    // ShouldSkipService: no ClusterIP (headless, ExternalName) means no rules at all.
    quint32 clusterAddress = 0;
    if (svc.type == ServiceType::ExternalName || svc.isHeadless() ||
        !parseIPv4(svc.clusterIP, &clusterAddress))
        return plans;
    const bool externalLocal =
        (svc.type == ServiceType::LoadBalancer || svc.type == ServiceType::NodePort ||
         !svc.externalIPs.isEmpty()) &&
        svc.externalTrafficPolicy == u"Local";
    for (int p = 0; p < svc.ports.size(); ++p) {
        const ServicePortInfo &port = svc.ports[p];
        const QString protocolName =
            port.protocol.isEmpty() ? QStringLiteral("tcp") : port.protocol.toLower();
        if (!isKnownRuleProtocol(protocolName) || port.port <= 0 || port.port > 65535)
            continue;
        ServicePortPlan plan;
        plan.serviceIndex = s;
        plan.portIndex = p;
        plan.serviceId = svc.id;
        plan.portName = port.name;
        plan.name = servicePortNameString(svc.ns, svc.name, port.name);
        plan.protocolName = protocolName;
        plan.protocol = ruleProtocolFromName(protocolName);
        plan.port = port.port;
        plan.clusterAddress = clusterAddress;
        plan.clusterIP = formatIPv4(clusterAddress);
        const auto validPort = [](int n) { return n > 0 && n <= 65535 ? n : 0; };
        plan.nodePort = validPort(port.nodePort);
        plan.externalIPs = ipv4Only(svc.externalIPs, &plan.externalAddresses);
        // serviceport.go: an ingress IP with ipMode Proxy gets no rule (the LB proxies).
        QStringList vips = svc.loadBalancerIPs;
        for (const QString &proxied : svc.loadBalancerProxyIPs)
            vips.removeAll(proxied);
        plan.loadBalancerIPs = ipv4Only(vips, &plan.loadBalancerAddresses);
        for (const QString &range : svc.loadBalancerSourceRanges) {
            quint32 network = 0;
            int prefix = 0;
            if (parseIPv4Cidr(range, &network, &prefix) && range.contains(u'/'))
                plan.sourceRanges << AddressMatch::cidr(
                    network, prefix, formatIPv4(network) + u'/' + QString::number(prefix));
        }
        plan.internalPolicyLocal = svc.internalTrafficPolicy == u"Local";
        plan.externalPolicyLocal = externalLocal;
        plan.externallyAccessible = plan.nodePort != 0 || !plan.loadBalancerIPs.isEmpty() ||
                                    !plan.externalIPs.isEmpty();
        if (svc.type == ServiceType::LoadBalancer && externalLocal)
            plan.healthCheckNodePort = validPort(svc.healthCheckNodePort);
        if (svc.sessionAffinity == u"ClientIP")
            plan.stickySeconds =
                svc.affinityTimeoutSeconds > 0 ? svc.affinityTimeoutSeconds : 10800;
        plan.svcChain = servicePortChainName(kServiceChainPrefix, plan.name, protocolName);
        const QString suffix = plan.svcChain.mid(int(qstrlen(kServiceChainPrefix)));
        plan.svlChain = QLatin1String(kLocalChainPrefix) + suffix;
        plan.extChain = QLatin1String(kExternalChainPrefix) + suffix;
        plan.fwChain = QLatin1String(kFirewallChainPrefix) + suffix;
        if (p < svc.endpoints.size())
            plan.endpoints = planEndpoints(svc.endpoints[p], plan.name, protocolName);

        // CategorizeEndpoints, the node-independent half.
        if (plan.usesClusterEndpoints()) {
            for (int i = 0; i < plan.endpoints.size(); ++i)
                if (plan.endpoints[i].ready)
                    plan.clusterEndpoints << i;
            if (plan.clusterEndpoints.isEmpty())
                for (int i = 0; i < plan.endpoints.size(); ++i)
                    if (plan.endpoints[i].serving && plan.endpoints[i].terminating)
                        plan.clusterEndpoints << i;
            plan.hasClusterEndpoints = !plan.clusterEndpoints.isEmpty();
        }
        if (plan.usesLocalEndpoints())
            for (const PlannedEndpoint &e : plan.endpoints)
                if (e.ready || (e.serving && e.terminating))
                    plan.hasLocalCapableEndpoints = true;
        plans << plan;
    }
    return plans;
}

// Below this many Services the plans are made on the calling thread.
constexpr qsizetype kParallelServices = 64;

} // namespace

QList<ServicePortPlan> planServicePorts(const Cluster &cluster)
{
    // Each Service's plans depend on that Service only (its endpoints' chain names are SHA-256
    // hashes: most of the work): made in parallel, joined in Service order.
    QList<int> services(cluster.services.size());
    std::iota(services.begin(), services.end(), 0);
    const auto plan = [&cluster](int s) { return planService(cluster, s); };
    QList<QList<ServicePortPlan>> perService;
    if (services.size() >= kParallelServices) {
        perService = QtConcurrent::blockingMapped<QList<QList<ServicePortPlan>>>(services, plan);
    } else {
        for (int s : std::as_const(services))
            perService << plan(s);
    }
    QList<ServicePortPlan> plans;
    for (QList<ServicePortPlan> &list : perService)
        plans += std::move(list);
    return plans;
}

QList<const IptablesRule *> ServicePortRules::chainRules(RuleTable table,
                                                         const QString &chain) const
{
    QList<const IptablesRule *> out;
    for (const IptablesRule &r : table == RuleTable::Nat ? natRules : filterRules)
        if (r.chain == chain)
            out << &r;
    return out;
}

ServicePortRules generateServicePortRules(const ServicePortPlan &plan,
                                          const ServicePortNodeContext &node,
                                          const ProxierConfig &config)
{
    ServicePortRules out;
    out.plan = &plan;
    // A block stays in memory as long as its rules (a node of a big cluster holds ~600,000): an
    // estimate up front, and no spare room at the end.
    const qsizetype perEndpoint = plan.stickySeconds > 0 ? 4 : 3;
    const qsizetype endpoints = plan.clusterEndpoints.size() + node.localEndpoints.size();
    out.natRules.reserve(16 + perEndpoint * endpoints);

    writeServicePortRules(out, plan, node, config);

    out.natRules.squeeze();
    out.filterRules.squeeze();
    out.natChains.squeeze();
    return out;
}

} // namespace hopscope
