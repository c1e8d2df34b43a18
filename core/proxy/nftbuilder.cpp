#include "core/proxy/nftbuilder_p.h"

namespace hopscope {

namespace {

const QString kMarkMasq = QStringLiteral("mark-for-masquerade");
const QString kRejectChain = QStringLiteral("reject-chain");
const QString kServiceIPs = QStringLiteral("service-ips");
const QString kServiceNodePorts = QStringLiteral("service-nodeports");
const QString kNoEndpointServices = QStringLiteral("no-endpoint-services");
const QString kNoEndpointNodePorts = QStringLiteral("no-endpoint-nodeports");
const QString kFirewallIPs = QStringLiteral("firewall-ips");
const QString kNodePortIPs = QStringLiteral("nodeport-ips");
const QString kClusterIPs = QStringLiteral("cluster-ips");

NftVerdict verdict(NftVerdict::Kind kind, const QString &chain = QString())
{
    NftVerdict v;
    v.kind = kind;
    v.chain = chain;
    return v;
}

NftVerdict jumpTo(const QString &chain)
{
    return verdict(NftVerdict::Kind::Jump, chain);
}

NftMatch match(NftMatch::Kind kind, bool negated = false)
{
    NftMatch m;
    m.kind = kind;
    m.negated = negated;
    return m;
}

NftMatch addressMatch(NftMatch::Kind kind, const AddressMatch &address, bool negated = false)
{
    NftMatch m = match(kind, negated);
    m.addresses << address;
    return m;
}

NftMatch setMatch(NftMatch::Kind kind, const QString &set)
{
    NftMatch m = match(kind);
    m.set = set;
    return m;
}

} // namespace

NftBuilder::NftBuilder(NftRuleset &ruleset, const NftConfig &config, const NodeInfo &node)
    : m_r(ruleset), m_config(config), m_node(node)
{
    parseIPv4(node.internalIP, &m_nodeAddress);
    if (config.nodeCidrDetector) {
        quint32 network = 0;
        int prefix = 0;
        if (node.podCIDR.contains(u'/') && parseIPv4Cidr(node.podCIDR, &network, &prefix))
            m_localCidr = AddressMatch::cidr(network, prefix,
                                             formatIPv4(network) + u'/' + QString::number(prefix));
    } else if (config.localDetector) {
        m_localCidr = config.clusterCidr;
    }
}

void NftBuilder::chain(const QString &name, int plan, const QString &endpoint)
{
    NftChain c;
    c.name = name;
    c.plan = plan;
    c.endpoint = endpoint;
    m_r.chains << c;
}

void NftBuilder::baseChain(const char *name, const char *type, const char *hook, int priority)
{
    NftChain c;
    c.name = QLatin1String(name);
    c.type = QLatin1String(type);
    c.hook = QLatin1String(hook);
    c.priority = priority;
    m_r.chains << c;
}

NftRule &NftBuilder::rule(const QString &chainName, int plan)
{
    NftRule r;
    r.chain = chainName;
    r.plan = plan;
    m_r.rules << r;
    return m_r.rules.last();
}

void NftBuilder::element(const QString &set, const QString &key, int plan, NftVerdict value,
                         const QString &comment)
{
    NftElement e;
    e.set = set;
    e.key = key;
    e.plan = plan;
    e.value = value;
    e.comment = comment;
    m_r.elements << e;
}

void NftBuilder::addFixed()
{
    using K = NftMatch::Kind;
    const auto set = [&](const QString &name, bool map, const char *type, const char *comment,
                         NftKey key = NftKey::DaddrProtoPort) {
        NftSet s;
        s.name = name;
        s.map = map;
        s.type = QLatin1String(type);
        s.key = key;
        s.comment = QLatin1String(comment);
        m_r.sets << s;
    };
    set(kClusterIPs, false, "ipv4_addr", "Active ClusterIPs");
    set(kNodePortIPs, false, "ipv4_addr", "IPs that accept NodePort traffic");
    set(kFirewallIPs, true, "ipv4_addr . inet_proto . inet_service : verdict",
        "destinations that are subject to LoadBalancerSourceRanges");
    set(kNoEndpointNodePorts, true, "inet_proto . inet_service : verdict",
        "vmap to drop or reject packets to service nodeports with no endpoints", NftKey::ProtoPort);
    set(kNoEndpointServices, true, "ipv4_addr . inet_proto . inet_service : verdict",
        "vmap to drop or reject packets to services with no endpoints");
    set(kServiceIPs, true, "ipv4_addr . inet_proto . inet_service : verdict",
        "ClusterIP, ExternalIP and LoadBalancer IP traffic");
    set(kServiceNodePorts, true, "inet_proto . inet_service : verdict", "NodePort traffic",
        NftKey::ProtoPort);

    baseChain("filter-prerouting-pre-dnat", "filter", "prerouting", -110);
    baseChain("filter-output-pre-dnat", "filter", "output", -110);
    baseChain("filter-forward", "filter", "forward", 0);
    baseChain("filter-input", "filter", "input", 0);
    baseChain("filter-output", "filter", "output", 0);
    baseChain("nat-output", "nat", "output", -100);
    baseChain("nat-postrouting", "nat", "postrouting", 100);
    baseChain("nat-prerouting", "nat", "prerouting", -100);
    for (const char *name :
         {"cluster-ips-check", "firewall-check", "mark-for-masquerade", "masquerading",
          "nodeport-endpoints-check", "services", "service-endpoints-check"})
        chain(QLatin1String(name));
    chain(kRejectChain);
    m_r.chains.last().comment =
        QStringLiteral("helper for @no-endpoint-services / @no-endpoint-nodeports");

    // The jumps from the base chains; the filter ones for new connections only.
    const auto newJump = [&](const char *from, const char *to) {
        NftRule &r = rule(QLatin1String(from));
        r.matches << match(K::CtStateNew);
        r.verdict = jumpTo(QLatin1String(to));
    };
    newJump("filter-prerouting-pre-dnat", "firewall-check");
    newJump("filter-output-pre-dnat", "firewall-check");
    newJump("filter-forward", "service-endpoints-check");
    newJump("filter-forward", "cluster-ips-check");
    newJump("filter-input", "nodeport-endpoints-check");
    newJump("filter-input", "service-endpoints-check");
    newJump("filter-output", "service-endpoints-check");
    newJump("filter-output", "cluster-ips-check");
    rule(QStringLiteral("nat-prerouting")).verdict = jumpTo(QStringLiteral("services"));
    rule(QStringLiteral("nat-output")).verdict = jumpTo(QStringLiteral("services"));
    rule(QStringLiteral("nat-postrouting")).verdict = jumpTo(QStringLiteral("masquerading"));

    NftRule &markOr = rule(kMarkMasq);
    markOr.statement = NftRule::Statement::MarkOr;
    markOr.mark = m_config.masqueradeMark;
    NftRule &clear = rule(QStringLiteral("masquerading"));
    NftMatch clearMatch = match(K::MarkClear);
    clearMatch.mark = m_config.masqueradeMark;
    clear.matches << clearMatch;
    clear.verdict = verdict(NftVerdict::Kind::Return);
    NftRule &markXor = rule(QStringLiteral("masquerading"));
    markXor.statement = NftRule::Statement::MarkXor;
    markXor.mark = m_config.masqueradeMark;
    rule(QStringLiteral("masquerading")).statement = NftRule::Statement::Masquerade;
    rule(kRejectChain).verdict = verdict(NftVerdict::Kind::Reject);

    NftRule &invalidPort = rule(QStringLiteral("cluster-ips-check"));
    invalidPort.matches << setMatch(K::DaddrInSet, kClusterIPs);
    invalidPort.verdict = verdict(NftVerdict::Kind::Reject);
    invalidPort.comment = QStringLiteral("Reject traffic to invalid ports of ClusterIPs");
    if (!m_config.serviceCidrs.isEmpty()) {
        NftRule &unallocated = rule(QStringLiteral("cluster-ips-check"));
        NftMatch ranges = match(K::DaddrRanges);
        ranges.addresses = m_config.serviceCidrs;
        unallocated.matches << ranges;
        unallocated.verdict = verdict(NftVerdict::Kind::Drop);
        unallocated.comment = QStringLiteral("Drop traffic to unallocated ClusterIPs");
    }

    const auto vmap = [&](const char *chainName, const QString &map, NftKey key) {
        NftRule &r = rule(QLatin1String(chainName));
        r.statement = NftRule::Statement::Vmap;
        r.set = map;
        r.key = key;
        return &r;
    };
    vmap("firewall-check", kFirewallIPs, NftKey::DaddrProtoPort);
    vmap("service-endpoints-check", kNoEndpointServices, NftKey::DaddrProtoPort);
    vmap("services", kServiceIPs, NftKey::DaddrProtoPort);
    // The node-port lookups: destinations in @nodeport-ips, or every local address but
    // 127.0.0.0/8 when --nodeport-addresses holds a /0.
    static const AddressMatch loopback =
        AddressMatch::cidr(0x7f000000u, 8, QStringLiteral("127.0.0.0/8"));
    for (const char *chainName : {"nodeport-endpoints-check", "services"}) {
        const QString map =
            qstrcmp(chainName, "services") == 0 ? kServiceNodePorts : kNoEndpointNodePorts;
        NftRule *r = vmap(chainName, map, NftKey::ProtoPort);
        if (m_config.nodePortMatchAll)
            r->matches << match(K::FibDaddrLocal) << addressMatch(K::Daddr, loopback, true);
        else
            r->matches << setMatch(K::DaddrInSet, kNodePortIPs);
    }

    // The node's addresses that accept node ports (never a loopback one).
    QList<quint32> addresses;
    for (const QString &text :
         {m_node.internalIP, m_node.externalIP, m_node.bridgeIP, m_node.vtepIP})
        if (quint32 a = 0; parseIPv4(text, &a) && a && a >> 24 != 127 && !addresses.contains(a))
            addresses << a;
    for (quint32 a : std::as_const(addresses)) {
        bool in = m_config.nodePortPrimary && a == m_nodeAddress;
        for (const AddressMatch &cidr : m_config.nodePortAddresses)
            in = in || cidr.contains(a);
        if (in && !m_config.nodePortMatchAll)
            element(kNodePortIPs, formatIPv4(a), -1);
    }
}

} // namespace hopscope
