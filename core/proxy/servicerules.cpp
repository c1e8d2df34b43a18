#include "core/proxy/servicerules.h"

#include "core/proxy/chainnames.h"
#include "core/proxy/rulebuilder.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace hopscope {

namespace {

const QString kNfacctLocalhostNodePorts = QStringLiteral("localhost_nps_accepted_pkts");

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

namespace {

// writeServiceToEndpointRules: affinity checks first, then the random selection.
void writeServiceToEndpointRules(ServicePortRules &out, const ServicePortPlan &plan,
                                 const QString &chain, const QList<int> &endpoints,
                                 const ProxierConfig &config)
{
    const auto begin = [&](RuleRole role, const PlannedEndpoint &ep) {
        RuleBuilder b(RuleTable::Nat, chain, role);
        b.service(plan.serviceId, plan.portName, plan.name).endpoint(ep.text);
        if (!config.largeClusterMode)
            b.comment(plan.name + QLatin1String(" -> ") + ep.text);
        return b;
    };
    if (plan.stickySeconds > 0)
        for (int i : endpoints) {
            const PlannedEndpoint &ep = plan.endpoints[i];
            out.natRules << begin(RuleRole::AffinityCheck, ep)
                                .recentCheck(ep.chain, plan.stickySeconds)
                                .jump(ep.chain);
        }
    const int n = int(endpoints.size());
    for (int i = 0; i < n; ++i) {
        const PlannedEndpoint &ep = plan.endpoints[endpoints[i]];
        RuleBuilder b = begin(RuleRole::EndpointSelect, ep);
        if (i < n - 1)
            b.statistic(n - i);
        out.natRules << b.jump(ep.chain);
    }
}

} // namespace

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
    const QString &spn = plan.name;
    const QString markMasq = QLatin1String(kKubeMarkMasqChain);
    const QString services = QLatin1String(kKubeServicesChain);
    const QString externalServices = QLatin1String(kKubeExternalServicesChain);
    const QString nodePorts = QLatin1String(kKubeNodePortsChain);

    const QList<int> &localEndpoints = node.localEndpoints;
    const bool hasEndpoints = plan.hasAnyEndpoints();
    const bool usesClusterPolicyChain =
        !plan.clusterEndpoints.isEmpty() && plan.usesClusterEndpoints();
    const bool usesLocalPolicyChain = !localEndpoints.isEmpty() && plan.usesLocalEndpoints();

    QString internalChain = plan.svcChain;
    bool hasInternalEndpoints = hasEndpoints;
    if (plan.internalPolicyLocal) {
        internalChain = plan.svlChain;
        hasInternalEndpoints = hasInternalEndpoints && !localEndpoints.isEmpty();
    }
    QString externalPolicyChain = plan.svcChain;
    bool hasExternalEndpoints = hasEndpoints;
    if (plan.externalPolicyLocal) {
        externalPolicyChain = plan.svlChain;
        hasExternalEndpoints = hasExternalEndpoints && !localEndpoints.isEmpty();
    }
    const bool usesExternalChain = hasEndpoints && plan.externallyAccessible;
    const bool usesFWChain =
        hasEndpoints && !plan.loadBalancerIPs.isEmpty() && !plan.sourceRanges.isEmpty();
    const QString loadBalancerChain = usesFWChain ? plan.fwChain : plan.extChain;

    RuleRole internalFilterRole = RuleRole::NoEndpointsReject;
    RuleRole externalFilterRole = RuleRole::NoEndpointsReject;
    QString internalFilterComment, externalFilterComment;
    if (!hasEndpoints) {
        internalFilterComment = spn + QLatin1String(" has no endpoints");
        externalFilterComment = internalFilterComment;
    } else {
        internalFilterRole = externalFilterRole = RuleRole::NoLocalEndpointsDrop;
        internalFilterComment = externalFilterComment =
            spn + QLatin1String(" has no local endpoints");
    }
    const auto filterVerdict = [](RuleBuilder &b, RuleRole role) {
        return role == RuleRole::NoEndpointsReject ? b.reject() : b.drop();
    };
    const auto nat = [&](const QString &chain, RuleRole role) {
        RuleBuilder b(RuleTable::Nat, chain, role);
        b.service(plan.serviceId, plan.portName, spn);
        return b;
    };
    const auto filter = [&](const QString &chain, RuleRole role) {
        RuleBuilder b(RuleTable::Filter, chain, role);
        b.service(plan.serviceId, plan.portName, spn);
        return b;
    };
    const AddressMatch clusterIP = AddressMatch::address(plan.clusterAddress, plan.clusterIP);

    // Capture the clusterIP.
    if (hasInternalEndpoints) {
        out.natRules << nat(services, RuleRole::ClusterIPCapture)
                            .comment(spn + QLatin1String(" cluster IP"))
                            .protocol(plan.protocol)
                            .destination(clusterIP)
                            .dport(plan.port)
                            .jump(internalChain);
    } else {
        RuleBuilder b = filter(services, internalFilterRole);
        b.comment(internalFilterComment).protocol(plan.protocol).destination(clusterIP);
        out.filterRules << filterVerdict(b.dport(plan.port), internalFilterRole);
    }

    // Capture externalIPs.
    for (int i = 0; i < plan.externalIPs.size(); ++i) {
        const AddressMatch dst =
            AddressMatch::address(plan.externalAddresses[i], plan.externalIPs[i]);
        if (hasEndpoints)
            out.natRules << nat(services, RuleRole::ExternalIPCapture)
                                .comment(spn + QLatin1String(" external IP"))
                                .protocol(plan.protocol)
                                .destination(dst)
                                .dport(plan.port)
                                .jump(plan.extChain);
        if (!hasExternalEndpoints) {
            RuleBuilder b = filter(externalServices, externalFilterRole);
            b.comment(externalFilterComment).protocol(plan.protocol).destination(dst);
            out.filterRules << filterVerdict(b.dport(plan.port), externalFilterRole);
        }
    }

    // Capture load-balancer ingress.
    for (int i = 0; i < plan.loadBalancerIPs.size(); ++i) {
        const AddressMatch dst =
            AddressMatch::address(plan.loadBalancerAddresses[i], plan.loadBalancerIPs[i]);
        if (hasEndpoints)
            out.natRules << nat(services, RuleRole::LoadBalancerCapture)
                                .comment(spn + QLatin1String(" loadbalancer IP"))
                                .protocol(plan.protocol)
                                .destination(dst)
                                .dport(plan.port)
                                .jump(loadBalancerChain);
        if (usesFWChain)
            out.filterRules << filter(QLatin1String(kKubeProxyFirewallChain),
                                      RuleRole::LoadBalancerSourceDrop)
                                   .comment(spn + QLatin1String(" traffic not accepted by ") +
                                            plan.fwChain)
                                   .protocol(plan.protocol)
                                   .destination(dst)
                                   .dport(plan.port)
                                   .drop();
    }
    if (!hasExternalEndpoints)
        for (int i = 0; i < plan.loadBalancerIPs.size(); ++i) {
            RuleBuilder b = filter(externalServices, externalFilterRole);
            b.comment(externalFilterComment)
                .protocol(plan.protocol)
                .destination(
                    AddressMatch::address(plan.loadBalancerAddresses[i], plan.loadBalancerIPs[i]));
            out.filterRules << filterVerdict(b.dport(plan.port), externalFilterRole);
        }

    // Capture nodeports. (NodePorts are not subject to loadBalancerSourceRanges.)
    if (plan.nodePort != 0) {
        if (hasEndpoints) {
            if (config.localhostNodePorts && config.nfacctCounters) {
                static const AddressMatch localhost =
                    AddressMatch::cidr(0x7f000000u, 8, QStringLiteral("127.0.0.0/8"));
                out.natRules << nat(nodePorts, RuleRole::NodePortLocalhostCapture)
                                    .comment(spn)
                                    .protocol(plan.protocol)
                                    .destination(localhost)
                                    .dport(plan.nodePort)
                                    .nfacct(kNfacctLocalhostNodePorts)
                                    .jump(plan.extChain);
            }
            out.natRules << nat(nodePorts, RuleRole::NodePortCapture)
                                .comment(spn)
                                .protocol(plan.protocol)
                                .dport(plan.nodePort)
                                .jump(plan.extChain);
        }
        if (!hasExternalEndpoints) {
            RuleBuilder b = filter(externalServices, externalFilterRole);
            b.comment(externalFilterComment).dstTypeLocal().protocol(plan.protocol);
            out.filterRules << filterVerdict(b.dport(plan.nodePort), externalFilterRole);
        }
    }

    // Capture healthCheckNodePorts (always TCP), whether or not the node has local endpoints.
    if (plan.healthCheckNodePort != 0)
        out.filterRules << filter(nodePorts, RuleRole::HealthCheckAccept)
                               .comment(spn + QLatin1String(" health check node port"))
                               .protocol(RuleProtocol::Tcp)
                               .dport(plan.healthCheckNodePort)
                               .accept();

    // The local-traffic detector: the cluster CIDR, the node's pod CIDR, or none.
    const AddressMatch &localCidr = config.nodeCidrDetector ? node.nodeCidr : config.clusterCidr;
    const bool localDetector = config.nodeCidrDetector ? node.nodeCidr.set : config.localDetector;

    // Internal traffic: masquerade everything (--masquerade-all) or off-cluster sources (only
    // with a local-traffic detector).
    if (hasInternalEndpoints && (config.masqueradeAll || localDetector)) {
        RuleBuilder b = nat(internalChain, RuleRole::ServiceMasquerade);
        b.comment(spn + QLatin1String(" cluster IP"))
            .protocol(plan.protocol)
            .destination(clusterIP)
            .dport(plan.port);
        if (!config.masqueradeAll) {
            AddressMatch notLocal = localCidr;
            notLocal.negated = true;
            b.source(notLocal);
        }
        out.natRules << b.jump(markMasq);
    }

    // External traffic: every external destination jumps to KUBE-EXT-….
    if (usesExternalChain) {
        out.natChains << plan.extChain;
        if (!plan.externalPolicyLocal) {
            out.natRules << nat(plan.extChain, RuleRole::ExternalMasquerade)
                                .comment(QLatin1String("masquerade traffic for ") + spn +
                                         QLatin1String(" external destinations"))
                                .jump(markMasq);
        } else {
            if (localDetector)
                out.natRules << nat(plan.extChain, RuleRole::ExternalPodShortCircuit)
                                    .comment(QLatin1String("pod traffic for ") + spn +
                                             QLatin1String(" external destinations"))
                                    .source(localCidr)
                                    .jump(plan.svcChain);
            out.natRules << nat(plan.extChain, RuleRole::ExternalLocalMasquerade)
                                .comment(QLatin1String("masquerade LOCAL traffic for ") + spn +
                                         QLatin1String(" external destinations"))
                                .srcTypeLocal()
                                .jump(markMasq);
            out.natRules << nat(plan.extChain, RuleRole::ExternalLocalShortCircuit)
                                .comment(QLatin1String("route LOCAL traffic for ") + spn +
                                         QLatin1String(" external destinations"))
                                .srcTypeLocal()
                                .jump(plan.svcChain);
        }
        if (hasExternalEndpoints)
            out.natRules
                << nat(plan.extChain, RuleRole::ExternalToPolicy).jump(externalPolicyChain);
    }

    // The firewall chain for loadBalancerSourceRanges.
    if (usesFWChain) {
        out.natChains << plan.fwChain;
        const QString comment = spn + QLatin1String(" loadbalancer IP");
        for (const AddressMatch &range : plan.sourceRanges)
            out.natRules << nat(plan.fwChain, RuleRole::FirewallAllow)
                                .comment(comment)
                                .source(range)
                                .jump(plan.extChain);
        if (node.allowFromNode)
            for (int i = 0; i < plan.loadBalancerIPs.size(); ++i)
                out.natRules << nat(plan.fwChain, RuleRole::FirewallAllowNode)
                                    .comment(comment)
                                    .source(AddressMatch::address(plan.loadBalancerAddresses[i],
                                                                  plan.loadBalancerIPs[i]))
                                    .jump(plan.extChain);
        out.natRules << nat(plan.fwChain, RuleRole::FirewallFallthrough)
                            .comment(QLatin1String("other traffic to ") + spn +
                                     QLatin1String(" will be dropped by KUBE-PROXY-FIREWALL"))
                            .noTarget();
    }

    if (usesClusterPolicyChain) {
        out.natChains << plan.svcChain;
        writeServiceToEndpointRules(out, plan, plan.svcChain, plan.clusterEndpoints, config);
    }
    if (usesLocalPolicyChain) {
        out.natChains << plan.svlChain;
        writeServiceToEndpointRules(out, plan, plan.svlChain, localEndpoints, config);
    }

    // The per-endpoint chains, for every endpoint reachable from this node (sorted order).
    QList<int> reachable;
    if (!plan.usesLocalEndpoints()) {
        reachable = plan.clusterEndpoints;
    } else if (!plan.usesClusterEndpoints()) {
        reachable = localEndpoints;
    } else {
        reachable = plan.clusterEndpoints + localEndpoints;
        std::sort(reachable.begin(), reachable.end());
        reachable.erase(std::unique(reachable.begin(), reachable.end()), reachable.end());
    }
    for (int i : reachable) {
        const PlannedEndpoint &ep = plan.endpoints[i];
        out.natChains << ep.chain;
        const auto sep = [&](RuleRole role) {
            RuleBuilder b = nat(ep.chain, role);
            b.endpoint(ep.text);
            if (!config.largeClusterMode)
                b.comment(spn);
            return b;
        };
        // Traffic that loops back to the endpoint itself (hairpin) is masqueraded.
        out.natRules << sep(RuleRole::EndpointHairpin)
                            .source(AddressMatch::address(ep.address, ep.ip))
                            .jump(markMasq);
        RuleBuilder dnat = sep(RuleRole::EndpointDnat);
        if (plan.stickySeconds > 0)
            dnat.recentSet(ep.chain);
        out.natRules << dnat.protocol(plan.protocol).dnat(ep.address, ep.port, ep.text);
    }
    out.natRules.squeeze();
    out.filterRules.squeeze();
    out.natChains.squeeze();
    return out;
}

} // namespace hopscope
