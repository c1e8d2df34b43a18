// NftBuilder::addServicePort: the objects one Service port makes kube-proxy (nftables mode)
// write on a node, in the order of pkg/proxy/nftables/proxier.go syncProxyRules. The
// Service-level decisions come from the shared plan (servicerules.h).

#include "core/proxy/nftbuilder_p.h"

#include <algorithm>

namespace hopscope {

namespace {

const QString kMarkMasq = QStringLiteral("mark-for-masquerade");

NftVerdict verdictOf(NftVerdict::Kind kind, const QString &chain = QString())
{
    NftVerdict v;
    v.kind = kind;
    v.chain = chain;
    return v;
}

QString key3(const QString &ip, const ServicePortPlan &plan)
{
    return ip + QStringLiteral(" . ") + plan.protocolName + QStringLiteral(" . ") +
           QString::number(plan.port);
}

QString key2(const ServicePortPlan &plan, int port)
{
    return plan.protocolName + QStringLiteral(" . ") + QString::number(port);
}

NftMatch addressMatch(NftMatch::Kind kind, const AddressMatch &address, bool negated = false)
{
    NftMatch m;
    m.kind = kind;
    m.negated = negated;
    m.addresses << address;
    return m;
}

NftMatch plainMatch(NftMatch::Kind kind)
{
    NftMatch m;
    m.kind = kind;
    return m;
}

} // namespace

void NftBuilder::addServicePort(int planIndex, const ServicePortPlan &plan,
                                const NftPlanNames &names)
{
    using K = NftMatch::Kind;
    using V = NftVerdict::Kind;
    const int i = planIndex;
    const QList<int> localEndpoints = plan.localEndpoints(m_node.name);
    const bool hasEndpoints = plan.hasAnyEndpoints();

    // allLocallyReachableEndpoints, in the plan's (sorted) order.
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
    for (int e : std::as_const(reachable))
        chain(names.endpointChains[e], i, plan.endpoints[e].text);

    const bool usesClusterPolicyChain =
        !plan.clusterEndpoints.isEmpty() && plan.usesClusterEndpoints();
    if (usesClusterPolicyChain)
        chain(names.serviceChain, i);
    const bool usesLocalPolicyChain = !localEndpoints.isEmpty() && plan.usesLocalEndpoints();
    if (usesLocalPolicyChain)
        chain(names.localChain, i);

    QString internalChain = names.serviceChain;
    bool hasInternalEndpoints = hasEndpoints;
    if (plan.internalPolicyLocal) {
        internalChain = names.localChain;
        hasInternalEndpoints = hasInternalEndpoints && !localEndpoints.isEmpty();
    }
    QString externalPolicyChain = names.serviceChain;
    bool hasExternalEndpoints = hasEndpoints;
    if (plan.externalPolicyLocal) {
        externalPolicyChain = names.localChain;
        hasExternalEndpoints = hasExternalEndpoints && !localEndpoints.isEmpty();
    }
    const QString &externalChain = names.externalChain;
    const bool usesExternalChain = hasEndpoints && plan.externallyAccessible;
    if (usesExternalChain)
        chain(externalChain, i);

    // No endpoints at all: reject; endpoints elsewhere only (a Local policy): drop.
    const NftVerdict internalFilter =
        hasEndpoints ? verdictOf(V::Drop) : verdictOf(V::Goto, QStringLiteral("reject-chain"));
    const NftVerdict externalFilter = internalFilter;

    const QString serviceIPs = QStringLiteral("service-ips");
    const QString noEndpointServices = QStringLiteral("no-endpoint-services");
    // Capture the clusterIP.
    if (hasInternalEndpoints)
        element(serviceIPs, key3(plan.clusterIP, plan), i, verdictOf(V::Goto, internalChain));
    else
        element(noEndpointServices, key3(plan.clusterIP, plan), i, internalFilter, plan.name);

    // Capture externalIPs.
    for (const QString &ip : plan.externalIPs) {
        if (hasEndpoints)
            element(serviceIPs, key3(ip, plan), i, verdictOf(V::Goto, externalChain));
        if (!hasExternalEndpoints)
            element(noEndpointServices, key3(ip, plan), i, externalFilter, plan.name);
    }

    // loadBalancerSourceRanges: the firewall chain drops every other source (before DNAT).
    const bool usesFWChain = !plan.loadBalancerIPs.isEmpty() && !plan.sourceRanges.isEmpty();
    if (usesFWChain) {
        chain(names.firewallChain, i);
        NftMatch sources = plainMatch(K::SaddrRanges);
        sources.negated = true;
        bool allowFromNode = false;
        for (const AddressMatch &range : plan.sourceRanges) {
            sources.addresses << range;
            allowFromNode = allowFromNode || (m_nodeAddress && range.contains(m_nodeAddress));
        }
        // A VIP-like load balancer loops the node's own requests back with the VIP as source.
        if (allowFromNode)
            for (int v = 0; v < plan.loadBalancerIPs.size(); ++v)
                sources.addresses << AddressMatch::address(plan.loadBalancerAddresses[v],
                                                           plan.loadBalancerIPs[v]);
        NftRule &r = rule(names.firewallChain, i);
        r.matches << sources;
        r.verdict = verdictOf(V::Drop);
    }

    // Capture load-balancer ingress.
    for (const QString &ip : plan.loadBalancerIPs) {
        if (hasEndpoints)
            element(serviceIPs, key3(ip, plan), i, verdictOf(V::Goto, externalChain));
        if (usesFWChain)
            element(QStringLiteral("firewall-ips"), key3(ip, plan), i,
                    verdictOf(V::Goto, names.firewallChain));
    }
    if (!hasExternalEndpoints)
        for (const QString &ip : plan.loadBalancerIPs)
            element(noEndpointServices, key3(ip, plan), i, externalFilter, plan.name);

    // Capture node ports (not subject to loadBalancerSourceRanges).
    if (plan.nodePort != 0) {
        if (hasEndpoints)
            element(QStringLiteral("service-nodeports"), key2(plan, plan.nodePort), i,
                    verdictOf(V::Goto, externalChain));
        if (!hasExternalEndpoints)
            element(QStringLiteral("no-endpoint-nodeports"), key2(plan, plan.nodePort), i,
                    externalFilter, plan.name);
    }

    // Internal traffic: masquerade everything (--masquerade-all) or off-cluster sources.
    if (hasInternalEndpoints && (m_config.masqueradeAll || m_localCidr.set)) {
        NftRule &r = rule(internalChain, i);
        r.matches << addressMatch(K::Daddr,
                                  AddressMatch::address(plan.clusterAddress, plan.clusterIP));
        if (!m_config.masqueradeAll)
            r.matches << addressMatch(K::Saddr, m_localCidr, true);
        r.verdict = verdictOf(V::Jump, kMarkMasq);
    }

    // External traffic: every external destination goes to external-….
    if (usesExternalChain) {
        if (!plan.externalPolicyLocal) {
            rule(externalChain, i).verdict = verdictOf(V::Jump, kMarkMasq);
        } else {
            if (m_localCidr.set) {
                NftRule &r = rule(externalChain, i);
                r.matches << addressMatch(K::Saddr, m_localCidr);
                r.verdict = verdictOf(V::Goto, names.serviceChain);
                r.comment = QStringLiteral("short-circuit pod traffic");
            }
            NftRule &masq = rule(externalChain, i);
            masq.matches << plainMatch(K::FibSaddrLocal);
            masq.verdict = verdictOf(V::Jump, kMarkMasq);
            masq.comment = QStringLiteral("masquerade local traffic");
            NftRule &local = rule(externalChain, i);
            local.matches << plainMatch(K::FibSaddrLocal);
            local.verdict = verdictOf(V::Goto, names.serviceChain);
            local.comment = QStringLiteral("short-circuit local traffic");
        }
        if (hasExternalEndpoints)
            rule(externalChain, i).verdict = verdictOf(V::Goto, externalPolicyChain);
    }

    // ClientIP affinity: one set per reachable endpoint, remembering its clients.
    if (plan.stickySeconds > 0)
        for (int e : std::as_const(reachable)) {
            NftSet s;
            s.name = names.affinitySets[e];
            s.type = QStringLiteral("ipv4_addr");
            s.flags = QStringList{QStringLiteral("dynamic"), QStringLiteral("timeout")};
            s.timeoutSeconds = plan.stickySeconds;
            s.plan = i;
            s.endpoint = plan.endpoints[e].text;
            m_r.sets << s;
        }

    if (usesClusterPolicyChain)
        writeServiceToEndpoints(plan, names, names.serviceChain, plan.clusterEndpoints, i);
    if (usesLocalPolicyChain)
        writeServiceToEndpoints(plan, names, names.localChain, localEndpoints, i);

    // The endpoint chains: hairpin masquerade, affinity update, DNAT.
    for (int e : std::as_const(reachable)) {
        const PlannedEndpoint &ep = plan.endpoints[e];
        const QString &epChain = names.endpointChains[e];
        NftRule &hairpin = rule(epChain, i);
        hairpin.endpoint = ep.text;
        hairpin.matches << addressMatch(K::Saddr, AddressMatch::address(ep.address, ep.ip));
        hairpin.verdict = verdictOf(V::Jump, kMarkMasq);
        if (plan.stickySeconds > 0) {
            NftRule &update = rule(epChain, i);
            update.endpoint = ep.text;
            update.statement = NftRule::Statement::UpdateSet;
            update.set = names.affinitySets[e];
        }
        NftRule &dnat = rule(epChain, i);
        dnat.endpoint = ep.text;
        NftMatch proto = plainMatch(K::L4Proto);
        proto.protocol = plan.protocol;
        dnat.matches << proto;
        dnat.statement = NftRule::Statement::Dnat;
        dnat.dnatAddress = ep.address;
        dnat.dnatPort = quint16(ep.port);
        dnat.dnatText = ep.text;
    }
}

void NftBuilder::writeServiceToEndpoints(const ServicePortPlan &plan, const NftPlanNames &names,
                                         const QString &chainName, const QList<int> &endpoints,
                                         int planIndex)
{
    if (plan.stickySeconds > 0)
        for (int e : endpoints) {
            NftRule &r = rule(chainName, planIndex);
            NftMatch m;
            m.kind = NftMatch::Kind::SaddrInSet;
            m.set = names.affinitySets[e];
            r.matches << m;
            r.verdict = verdictOf(NftVerdict::Kind::Goto, names.endpointChains[e]);
            r.endpoint = plan.endpoints[e].text;
        }
    NftRule &r = rule(chainName, planIndex);
    r.statement = NftRule::Statement::NumgenVmap;
    for (int e : endpoints)
        r.endpointChains << names.endpointChains[e];
}

} // namespace hopscope
