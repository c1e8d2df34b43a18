#include "core/proxy/nftgenerator.h"

#include "core/proxy/nftbuilder_p.h"
#include "core/proxy/nfttext.h"

#include <QSet>

#include <algorithm>

namespace hopscope {

namespace {

AddressMatch parseCidr(const QString &text)
{
    quint32 network = 0;
    int prefix = 0;
    if (!text.contains(u'/') || !parseIPv4Cidr(text, &network, &prefix))
        return AddressMatch();
    return AddressMatch::cidr(network, prefix,
                              formatIPv4(network) + u'/' + QString::number(prefix));
}

} // namespace

NftConfig nftConfig(const ClusterSettings &settings)
{
    NftConfig c;
    bool ok = false;
    const quint32 mark = settings.masqueradeMark.trimmed().toUInt(&ok, 0);
    if (ok && mark != 0)
        c.masqueradeMark = mark;
    c.clusterCidr = parseCidr(settings.clusterCidr.trimmed());
    using Mode = ClusterSettings::DetectLocalMode;
    c.localDetector = c.clusterCidr.set && settings.detectLocalMode == Mode::ClusterCIDR;
    c.nodeCidrDetector = settings.detectLocalMode == Mode::NodeCIDR;
    c.masqueradeAll = settings.masqueradeAll;
    if (!settings.nodePortAddresses.isEmpty()) {
        c.nodePortPrimary = false;
        for (const QString &text : settings.nodePortAddresses) {
            if (text == u"primary") {
                c.nodePortPrimary = true;
                continue;
            }
            const AddressMatch cidr = parseCidr(text);
            if (!cidr.set)
                continue;
            c.nodePortAddresses << cidr;
            c.nodePortMatchAll = c.nodePortMatchAll || cidr.prefix == 0;
        }
    }
    for (const QString &text : settings.serviceCidr.split(u',', Qt::SkipEmptyParts))
        if (const AddressMatch cidr = parseCidr(text.trimmed()); cidr.set)
            c.serviceCidrs << cidr;
    return c;
}

NftProxyRules::NftProxyRules(const Cluster &cluster)
    : m_cluster(cluster), m_config(nftConfig(cluster.settings)), m_plans(planServicePorts(cluster))
{
    m_names.reserve(m_plans.size());
    for (const ServicePortPlan &plan : std::as_const(m_plans)) {
        const ServiceInfo &svc = m_cluster.services[plan.serviceIndex];
        NftPlanNames n;
        n.base = nftServicePortBase(svc.ns, svc.name, plan.protocolName, plan.portName);
        n.serviceChain = QStringLiteral("service-") + n.base;
        n.localChain = QStringLiteral("local-") + n.base;
        n.externalChain = QStringLiteral("external-") + n.base;
        n.firewallChain = QStringLiteral("firewall-") + n.base;
        for (const PlannedEndpoint &ep : plan.endpoints) {
            const QString epBase =
                nftEndpointBase(svc.ns, svc.name, plan.protocolName, plan.portName, ep.ip, ep.port);
            n.endpointChains << QStringLiteral("endpoint-") + epBase;
            n.affinitySets << QStringLiteral("affinity-") + epBase;
        }
        m_names << n;
    }
}

std::shared_ptr<const NftRuleset> NftProxyRules::forNode(const QString &node) const
{
    const NodeInfo *info = nullptr;
    for (const NodeInfo &n : m_cluster.nodes)
        if (n.name == node || n.id == node)
            info = &n;
    if (!info)
        return nullptr;
    auto ruleset = std::make_shared<NftRuleset>();
    ruleset->nodeName = info->name;
    ruleset->nodeIP = info->internalIP;
    NftBuilder b(*ruleset, m_config, *info);
    b.addFixed();
    QSet<quint32> clusterIPs;
    for (int i = 0; i < m_plans.size(); ++i) {
        const ServicePortPlan &plan = m_plans[i];
        if (!clusterIPs.contains(plan.clusterAddress)) {
            clusterIPs.insert(plan.clusterAddress);
            b.element(QStringLiteral("cluster-ips"), plan.clusterIP, i);
        }
        b.addServicePort(i, plan, m_names[i]);
    }
    ruleset->reindex();
    return ruleset;
}

QString nftablesText(const Cluster &cluster, const QString &node)
{
    const NftProxyRules rules(cluster);
    const auto ruleset = rules.forNode(node);
    return ruleset ? nftablesDump(*ruleset) : QString();
}

} // namespace hopscope
