#include "core/proxy/servicerulewriter_p.h"

#include "core/proxy/chainnames.h"
#include "core/proxy/rulebuilder.h"

#include <algorithm>

namespace hopscope {

namespace {

const QString kNfacctLocalhostNodePorts = QStringLiteral("localhost_nps_accepted_pkts");

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

// Writes one Service port's rules on one node, section by section, in kube-proxy's emission
// order (proxier.go syncProxyRules, the per-service-port loop).
class PortRuleWriter
{
public:
    PortRuleWriter(ServicePortRules &out, const ServicePortPlan &plan,
                   const ServicePortNodeContext &node, const ProxierConfig &config);

    void captureClusterIP();
    void captureExternalIPs();
    void captureLoadBalancerIPs();
    void captureNodePorts();
    void acceptHealthCheck();
    void masqueradeInternal();
    void writeExternalChain();
    void writeFirewallChain();
    void writePolicyChains();
    void writeEndpointChains();

private:
    RuleBuilder nat(const QString &chain, RuleRole role) const;
    RuleBuilder filter(const QString &chain, RuleRole role) const;
    void filterExternal(RuleBuilder &b);

    ServicePortRules &m_out;
    const ServicePortPlan &m_plan;
    const ServicePortNodeContext &m_node;
    const ProxierConfig &m_config;
    const QString &m_spn;
    const QString m_markMasq = QLatin1String(kKubeMarkMasqChain);
    const QString m_services = QLatin1String(kKubeServicesChain);
    const QString m_externalServices = QLatin1String(kKubeExternalServicesChain);
    const QString m_nodePorts = QLatin1String(kKubeNodePortsChain);
    bool m_hasEndpoints = false;
    QString m_internalChain;
    bool m_hasInternalEndpoints = false;
    QString m_externalPolicyChain;
    bool m_hasExternalEndpoints = false;
    bool m_usesFWChain = false;
    RuleRole m_filterRole = RuleRole::NoEndpointsReject; // the same internal and external
    QString m_filterComment;
    AddressMatch m_clusterIP;
    AddressMatch m_localCidr; // the local-traffic detector: cluster CIDR or node's pod CIDR
    bool m_localDetector = false;
};

PortRuleWriter::PortRuleWriter(ServicePortRules &out, const ServicePortPlan &plan,
                               const ServicePortNodeContext &node, const ProxierConfig &config)
    : m_out(out), m_plan(plan), m_node(node), m_config(config), m_spn(plan.name)
{
    m_hasEndpoints = plan.hasAnyEndpoints();
    m_internalChain = plan.svcChain;
    m_hasInternalEndpoints = m_hasEndpoints;
    if (plan.internalPolicyLocal) {
        m_internalChain = plan.svlChain;
        m_hasInternalEndpoints = m_hasInternalEndpoints && !node.localEndpoints.isEmpty();
    }
    m_externalPolicyChain = plan.svcChain;
    m_hasExternalEndpoints = m_hasEndpoints;
    if (plan.externalPolicyLocal) {
        m_externalPolicyChain = plan.svlChain;
        m_hasExternalEndpoints = m_hasExternalEndpoints && !node.localEndpoints.isEmpty();
    }
    m_usesFWChain =
        m_hasEndpoints && !plan.loadBalancerIPs.isEmpty() && !plan.sourceRanges.isEmpty();
    if (!m_hasEndpoints) {
        m_filterComment = m_spn + QLatin1String(" has no endpoints");
    } else {
        m_filterRole = RuleRole::NoLocalEndpointsDrop;
        m_filterComment = m_spn + QLatin1String(" has no local endpoints");
    }
    m_clusterIP = AddressMatch::address(plan.clusterAddress, plan.clusterIP);
    m_localCidr = config.nodeCidrDetector ? node.nodeCidr : config.clusterCidr;
    m_localDetector = config.nodeCidrDetector ? node.nodeCidr.set : config.localDetector;
}

RuleBuilder PortRuleWriter::nat(const QString &chain, RuleRole role) const
{
    RuleBuilder b(RuleTable::Nat, chain, role);
    b.service(m_plan.serviceId, m_plan.portName, m_spn);
    return b;
}

RuleBuilder PortRuleWriter::filter(const QString &chain, RuleRole role) const
{
    RuleBuilder b(RuleTable::Filter, chain, role);
    b.service(m_plan.serviceId, m_plan.portName, m_spn);
    return b;
}

// The REJECT (no endpoints) or DROP (no local endpoints) that ends a filter rule.
void PortRuleWriter::filterExternal(RuleBuilder &b)
{
    m_out.filterRules << (m_filterRole == RuleRole::NoEndpointsReject ? b.reject() : b.drop());
}

void PortRuleWriter::captureClusterIP()
{
    if (m_hasInternalEndpoints) {
        m_out.natRules << nat(m_services, RuleRole::ClusterIPCapture)
                              .comment(m_spn + QLatin1String(" cluster IP"))
                              .protocol(m_plan.protocol)
                              .destination(m_clusterIP)
                              .dport(m_plan.port)
                              .jump(m_internalChain);
    } else {
        RuleBuilder b = filter(m_services, m_filterRole);
        b.comment(m_filterComment).protocol(m_plan.protocol).destination(m_clusterIP);
        filterExternal(b.dport(m_plan.port));
    }
}

void PortRuleWriter::captureExternalIPs()
{
    for (int i = 0; i < m_plan.externalIPs.size(); ++i) {
        const AddressMatch dst =
            AddressMatch::address(m_plan.externalAddresses[i], m_plan.externalIPs[i]);
        if (m_hasEndpoints)
            m_out.natRules << nat(m_services, RuleRole::ExternalIPCapture)
                                  .comment(m_spn + QLatin1String(" external IP"))
                                  .protocol(m_plan.protocol)
                                  .destination(dst)
                                  .dport(m_plan.port)
                                  .jump(m_plan.extChain);
        if (!m_hasExternalEndpoints) {
            RuleBuilder b = filter(m_externalServices, m_filterRole);
            b.comment(m_filterComment).protocol(m_plan.protocol).destination(dst);
            filterExternal(b.dport(m_plan.port));
        }
    }
}

void PortRuleWriter::captureLoadBalancerIPs()
{
    const QString &loadBalancerChain = m_usesFWChain ? m_plan.fwChain : m_plan.extChain;
    for (int i = 0; i < m_plan.loadBalancerIPs.size(); ++i) {
        const AddressMatch dst =
            AddressMatch::address(m_plan.loadBalancerAddresses[i], m_plan.loadBalancerIPs[i]);
        if (m_hasEndpoints)
            m_out.natRules << nat(m_services, RuleRole::LoadBalancerCapture)
                                  .comment(m_spn + QLatin1String(" loadbalancer IP"))
                                  .protocol(m_plan.protocol)
                                  .destination(dst)
                                  .dport(m_plan.port)
                                  .jump(loadBalancerChain);
        if (m_usesFWChain)
            m_out.filterRules << filter(QLatin1String(kKubeProxyFirewallChain),
                                        RuleRole::LoadBalancerSourceDrop)
                                     .comment(m_spn + QLatin1String(" traffic not accepted by ") +
                                              m_plan.fwChain)
                                     .protocol(m_plan.protocol)
                                     .destination(dst)
                                     .dport(m_plan.port)
                                     .drop();
    }
    if (!m_hasExternalEndpoints)
        for (int i = 0; i < m_plan.loadBalancerIPs.size(); ++i) {
            RuleBuilder b = filter(m_externalServices, m_filterRole);
            b.comment(m_filterComment)
                .protocol(m_plan.protocol)
                .destination(AddressMatch::address(m_plan.loadBalancerAddresses[i],
                                                   m_plan.loadBalancerIPs[i]));
            filterExternal(b.dport(m_plan.port));
        }
}

// NodePorts are not subject to loadBalancerSourceRanges.
void PortRuleWriter::captureNodePorts()
{
    if (m_plan.nodePort == 0)
        return;
    if (m_hasEndpoints) {
        if (m_config.localhostNodePorts && m_config.nfacctCounters) {
            static const AddressMatch localhost =
                AddressMatch::cidr(0x7f000000u, 8, QStringLiteral("127.0.0.0/8"));
            m_out.natRules << nat(m_nodePorts, RuleRole::NodePortLocalhostCapture)
                                  .comment(m_spn)
                                  .protocol(m_plan.protocol)
                                  .destination(localhost)
                                  .dport(m_plan.nodePort)
                                  .nfacct(kNfacctLocalhostNodePorts)
                                  .jump(m_plan.extChain);
        }
        m_out.natRules << nat(m_nodePorts, RuleRole::NodePortCapture)
                              .comment(m_spn)
                              .protocol(m_plan.protocol)
                              .dport(m_plan.nodePort)
                              .jump(m_plan.extChain);
    }
    if (!m_hasExternalEndpoints) {
        RuleBuilder b = filter(m_externalServices, m_filterRole);
        b.comment(m_filterComment).dstTypeLocal().protocol(m_plan.protocol);
        filterExternal(b.dport(m_plan.nodePort));
    }
}

// healthCheckNodePorts (always TCP), whether or not the node has local endpoints.
void PortRuleWriter::acceptHealthCheck()
{
    if (m_plan.healthCheckNodePort != 0)
        m_out.filterRules << filter(m_nodePorts, RuleRole::HealthCheckAccept)
                                 .comment(m_spn + QLatin1String(" health check node port"))
                                 .protocol(RuleProtocol::Tcp)
                                 .dport(m_plan.healthCheckNodePort)
                                 .accept();
}

// Internal traffic: masquerade everything (--masquerade-all) or off-cluster sources (only with
// a local-traffic detector).
void PortRuleWriter::masqueradeInternal()
{
    if (!m_hasInternalEndpoints || !(m_config.masqueradeAll || m_localDetector))
        return;
    RuleBuilder b = nat(m_internalChain, RuleRole::ServiceMasquerade);
    b.comment(m_spn + QLatin1String(" cluster IP"))
        .protocol(m_plan.protocol)
        .destination(m_clusterIP)
        .dport(m_plan.port);
    if (!m_config.masqueradeAll) {
        AddressMatch notLocal = m_localCidr;
        notLocal.negated = true;
        b.source(notLocal);
    }
    m_out.natRules << b.jump(m_markMasq);
}

// External traffic: every external destination jumps to KUBE-EXT-….
void PortRuleWriter::writeExternalChain()
{
    if (!m_hasEndpoints || !m_plan.externallyAccessible)
        return;
    const QString &ext = m_plan.extChain;
    m_out.natChains << ext;
    if (!m_plan.externalPolicyLocal) {
        m_out.natRules << nat(ext, RuleRole::ExternalMasquerade)
                              .comment(QLatin1String("masquerade traffic for ") + m_spn +
                                       QLatin1String(" external destinations"))
                              .jump(m_markMasq);
    } else {
        if (m_localDetector)
            m_out.natRules << nat(ext, RuleRole::ExternalPodShortCircuit)
                                  .comment(QLatin1String("pod traffic for ") + m_spn +
                                           QLatin1String(" external destinations"))
                                  .source(m_localCidr)
                                  .jump(m_plan.svcChain);
        m_out.natRules << nat(ext, RuleRole::ExternalLocalMasquerade)
                              .comment(QLatin1String("masquerade LOCAL traffic for ") + m_spn +
                                       QLatin1String(" external destinations"))
                              .srcTypeLocal()
                              .jump(m_markMasq);
        m_out.natRules << nat(ext, RuleRole::ExternalLocalShortCircuit)
                              .comment(QLatin1String("route LOCAL traffic for ") + m_spn +
                                       QLatin1String(" external destinations"))
                              .srcTypeLocal()
                              .jump(m_plan.svcChain);
    }
    if (m_hasExternalEndpoints)
        m_out.natRules << nat(ext, RuleRole::ExternalToPolicy).jump(m_externalPolicyChain);
}

// The firewall chain for loadBalancerSourceRanges.
void PortRuleWriter::writeFirewallChain()
{
    if (!m_usesFWChain)
        return;
    const QString &fw = m_plan.fwChain;
    m_out.natChains << fw;
    const QString comment = m_spn + QLatin1String(" loadbalancer IP");
    for (const AddressMatch &range : m_plan.sourceRanges)
        m_out.natRules << nat(fw, RuleRole::FirewallAllow)
                              .comment(comment)
                              .source(range)
                              .jump(m_plan.extChain);
    if (m_node.allowFromNode)
        for (int i = 0; i < m_plan.loadBalancerIPs.size(); ++i)
            m_out.natRules << nat(fw, RuleRole::FirewallAllowNode)
                                  .comment(comment)
                                  .source(AddressMatch::address(m_plan.loadBalancerAddresses[i],
                                                                m_plan.loadBalancerIPs[i]))
                                  .jump(m_plan.extChain);
    m_out.natRules << nat(fw, RuleRole::FirewallFallthrough)
                          .comment(QLatin1String("other traffic to ") + m_spn +
                                   QLatin1String(" will be dropped by KUBE-PROXY-FIREWALL"))
                          .noTarget();
}

void PortRuleWriter::writePolicyChains()
{
    if (!m_plan.clusterEndpoints.isEmpty() && m_plan.usesClusterEndpoints()) {
        m_out.natChains << m_plan.svcChain;
        writeServiceToEndpointRules(m_out, m_plan, m_plan.svcChain, m_plan.clusterEndpoints,
                                    m_config);
    }
    if (!m_node.localEndpoints.isEmpty() && m_plan.usesLocalEndpoints()) {
        m_out.natChains << m_plan.svlChain;
        writeServiceToEndpointRules(m_out, m_plan, m_plan.svlChain, m_node.localEndpoints,
                                    m_config);
    }
}

// The per-endpoint chains, for every endpoint reachable from this node (sorted order).
void PortRuleWriter::writeEndpointChains()
{
    QList<int> reachable;
    if (!m_plan.usesLocalEndpoints()) {
        reachable = m_plan.clusterEndpoints;
    } else if (!m_plan.usesClusterEndpoints()) {
        reachable = m_node.localEndpoints;
    } else {
        reachable = m_plan.clusterEndpoints + m_node.localEndpoints;
        std::sort(reachable.begin(), reachable.end());
        reachable.erase(std::unique(reachable.begin(), reachable.end()), reachable.end());
    }
    for (int i : reachable) {
        const PlannedEndpoint &ep = m_plan.endpoints[i];
        m_out.natChains << ep.chain;
        const auto sep = [&](RuleRole role) {
            RuleBuilder b = nat(ep.chain, role);
            b.endpoint(ep.text);
            if (!m_config.largeClusterMode)
                b.comment(m_spn);
            return b;
        };
        // Traffic that loops back to the endpoint itself (hairpin) is masqueraded.
        m_out.natRules << sep(RuleRole::EndpointHairpin)
                              .source(AddressMatch::address(ep.address, ep.ip))
                              .jump(m_markMasq);
        RuleBuilder dnat = sep(RuleRole::EndpointDnat);
        if (m_plan.stickySeconds > 0)
            dnat.recentSet(ep.chain);
        m_out.natRules << dnat.protocol(m_plan.protocol).dnat(ep.address, ep.port, ep.text);
    }
}

} // namespace

void writeServicePortRules(ServicePortRules &out, const ServicePortPlan &plan,
                           const ServicePortNodeContext &node, const ProxierConfig &config)
{
    PortRuleWriter writer(out, plan, node, config);
    writer.captureClusterIP();
    writer.captureExternalIPs();
    writer.captureLoadBalancerIPs();
    writer.captureNodePorts();
    writer.acceptHealthCheck();
    writer.masqueradeInternal();
    writer.writeExternalChain();
    writer.writeFirewallChain();
    writer.writePolicyChains();
    writer.writeEndpointChains();
}

} // namespace hopscope
