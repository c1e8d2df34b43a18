#include "proxyrules.h"

#include "chainnames.h"
#include "rulebuilder.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace hopscope {

namespace {

const QString kNfacctInvalidDropped = QStringLiteral("ct_state_invalid_dropped_pkts");

// The long chains are indexed; their number in the index key.
int longChainId(const QString &chain)
{
    if (chain == QLatin1String(kKubeServicesChain))
        return 0;
    if (chain == QLatin1String(kKubeNodePortsChain))
        return 1;
    if (chain == QLatin1String(kKubeExternalServicesChain))
        return 2;
    if (chain == QLatin1String(kKubeProxyFirewallChain))
        return 3;
    return -1;
}

ProxierConfig makeConfig(const ClusterSettings &settings)
{
    ProxierConfig c;
    c.masqueradeMarkText = settings.masqueradeMark.trimmed();
    bool ok = false;
    c.masqueradeMark = c.masqueradeMarkText.toUInt(&ok, 0);
    if (!ok || c.masqueradeMark == 0) {
        c.masqueradeMarkText = QStringLiteral("0x4000");
        c.masqueradeMark = 0x4000;
    }
    quint32 network = 0;
    int prefix = 0;
    const QString cidr = settings.clusterCidr.trimmed();
    c.localDetector = !cidr.isEmpty() && cidr.contains(u'/') &&
                      parseIPv4Cidr(cidr, &network, &prefix);
    if (c.localDetector)
        c.clusterCidr = AddressMatch::cidr(network, prefix, cidr);
    c.localhostNodePorts = settings.localhostNodePorts;
    c.nfacctCounters = settings.nfacctCounters;
    c.randomFully = settings.randomFully;
    return c;
}

} // namespace

struct ProxyRules::Shared
{
    Cluster cluster;
    ProxierConfig config;
    QList<ServicePortPlan> plans;
    QHash<QString, int> chainOwner; // per-Service chain name → plan index
    int totalEndpoints = 0;

    QStringList filterChains; // the top-level chains, in emission order
    QStringList natChains;
    QList<IptablesRule> filterHead, filterTail, natHead, natTail;

    void buildFixedRules();
};

struct ProxyRules::Cache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<const NodeProxyRules>> nodes;
    // Per plan: blocks by node-dependence key ("" = no local endpoints, not allowed from node).
    QList<QHash<QString, std::shared_ptr<const ServicePortRules>>> blocks;
};

void ProxyRules::Shared::buildFixedRules()
{
    const QString services = QLatin1String(kKubeServicesChain);
    const QString nodePorts = QLatin1String(kKubeNodePortsChain);
    const QString postrouting = QLatin1String(kKubePostroutingChain);
    const QString markMasq = QLatin1String(kKubeMarkMasqChain);
    const QString forward = QLatin1String(kKubeForwardChain);
    const QString firewall = QLatin1String(kKubeletFirewallChain);

    filterChains = {services, QLatin1String(kKubeExternalServicesChain), forward, nodePorts,
                    QLatin1String(kKubeProxyFirewallChain)};
    natChains = {services, nodePorts, postrouting, markMasq};

    const quint32 mark = config.masqueradeMark;
    const QString markText = config.masqueradeMarkText;
    const QString maskText = markText + u'/' + markText;

    natHead << RuleBuilder(RuleTable::Nat, postrouting, RuleRole::PostroutingReturn)
                   .mark(maskText, mark, mark, true)
                   .returnTarget();
    natHead << RuleBuilder(RuleTable::Nat, postrouting, RuleRole::PostroutingClearMark)
                   .markXor(markText, mark);
    natHead << RuleBuilder(RuleTable::Nat, postrouting, RuleRole::PostroutingMasquerade)
                   .comment(QStringLiteral("kubernetes service traffic requiring SNAT"))
                   .masquerade(config.randomFully);
    natHead << RuleBuilder(RuleTable::Nat, markMasq, RuleRole::MarkForMasquerade)
                   .markOr(markText, mark);

    if (config.localhostNodePorts) {
        // Mitigates the route_localnet hole (issue 90259); IPv4 only, as Hopscope is.
        filterChains << firewall;
        const AddressMatch localnet =
            AddressMatch::cidr(0x7f000000u, 8, QStringLiteral("127.0.0.0/8"));
        AddressMatch notLocalnet = localnet;
        notLocalnet.negated = true;
        filterHead << RuleBuilder(RuleTable::Filter, firewall, RuleRole::LocalnetBlock)
                          .comment(QStringLiteral("block incoming localnet connections"))
                          .destination(localnet)
                          .source(notLocalnet)
                          .conntrack(CtRelated | CtEstablished | CtDnat,
                                     QStringLiteral("RELATED,ESTABLISHED,DNAT"), true)
                          .drop();
    }

    // The final KUBE-SERVICES rule (nodePortAddresses unset: match every local address).
    RuleBuilder last(RuleTable::Nat, services, RuleRole::NodePortsJump);
    last.comment(QStringLiteral(
                     "kubernetes service nodeports; NOTE: this must be the last rule in this chain"))
        .dstTypeLocal();
    if (!config.localhostNodePorts)
        last.destination(AddressMatch::cidr(0x7f000000u, 8, QStringLiteral("127.0.0.0/8"), true));
    natTail << last.jump(nodePorts);

    // KUBE-FORWARD (conntrackTCPLiberal unset: INVALID packets are dropped).
    RuleBuilder invalid(RuleTable::Filter, forward, RuleRole::ForwardDropInvalid);
    invalid.conntrack(CtInvalid, QStringLiteral("INVALID"), false);
    if (config.nfacctCounters)
        invalid.nfacct(kNfacctInvalidDropped);
    filterTail << invalid.drop();
    filterTail << RuleBuilder(RuleTable::Filter, forward, RuleRole::ForwardAcceptMarked)
                      .comment(QStringLiteral("kubernetes forwarding rules"))
                      .mark(maskText, mark, mark, false)
                      .accept();
    filterTail << RuleBuilder(RuleTable::Filter, forward, RuleRole::ForwardAcceptEstablished)
                      .comment(QStringLiteral("kubernetes forwarding conntrack rule"))
                      .conntrack(CtRelated | CtEstablished, QStringLiteral("RELATED,ESTABLISHED"),
                                 false)
                      .accept();
}

ProxyRules::ProxyRules(const Cluster &cluster) : m_cache(std::make_unique<Cache>())
{
    auto shared = std::make_shared<Shared>();
    shared->cluster = cluster;
    shared->plans = planServicePorts(cluster);
    for (int i = 0; i < shared->plans.size(); ++i) {
        const ServicePortPlan &plan = shared->plans[i];
        shared->totalEndpoints += int(plan.endpoints.size());
        for (const QString *chain : {&plan.svcChain, &plan.svlChain, &plan.extChain,
                                     &plan.fwChain})
            shared->chainOwner.insert(*chain, i);
        for (const PlannedEndpoint &ep : plan.endpoints)
            shared->chainOwner.insert(ep.chain, i);
    }
    shared->config = makeConfig(cluster.settings);
    shared->config.largeClusterMode = shared->totalEndpoints > kLargeClusterEndpointsThreshold;
    shared->buildFixedRules();
    m_cache->blocks.resize(shared->plans.size());
    d = std::move(shared);
}

ProxyRules::~ProxyRules() = default;

QStringList ProxyRules::nodeNames() const
{
    QStringList out;
    for (const NodeInfo &n : d->cluster.nodes)
        out << n.name;
    return out;
}

int ProxyRules::totalEndpoints() const { return d->totalEndpoints; }
bool ProxyRules::largeClusterMode() const { return d->config.largeClusterMode; }
const QList<ServicePortPlan> &ProxyRules::servicePorts() const { return d->plans; }

std::shared_ptr<const NodeProxyRules> ProxyRules::forNode(const QString &node) const
{
    const NodeInfo *info = nullptr;
    for (const NodeInfo &n : d->cluster.nodes)
        if (n.name == node || n.id == node)
            info = &n;
    if (!info)
        return nullptr;

    QMutexLocker lock(&m_cache->mutex);
    if (const auto it = m_cache->nodes.constFind(info->name); it != m_cache->nodes.cend())
        return it.value();

    auto rules = std::shared_ptr<NodeProxyRules>(new NodeProxyRules);
    rules->m_nodeName = info->name;
    rules->m_nodeIP = info->internalIP;
    rules->m_shared = d;
    quint32 nodeAddress = 0;
    const bool haveNodeAddress = parseIPv4(info->internalIP, &nodeAddress);
    rules->m_ports.reserve(d->plans.size());
    for (int i = 0; i < d->plans.size(); ++i) {
        const ServicePortPlan &plan = d->plans[i];
        ServicePortNodeContext context;
        context.localEndpoints = plan.localEndpoints(info->name);
        if (haveNodeAddress && !plan.loadBalancerIPs.isEmpty())
            for (const AddressMatch &range : plan.sourceRanges)
                context.allowFromNode = context.allowFromNode || range.contains(nodeAddress);
        // The block depends on the node only through this key: nodes with equal keys share it.
        QString key;
        for (int e : context.localEndpoints)
            key += QString::number(e) + u',';
        if (context.allowFromNode)
            key += u'n';
        auto &cache = m_cache->blocks[i];
        auto it = cache.constFind(key);
        if (it == cache.cend())
            it = cache.insert(key, std::make_shared<const ServicePortRules>(
                                       generateServicePortRules(plan, context, d->config)));
        rules->m_ports << it.value();
    }
    rules->buildIndex();
    m_cache->nodes.insert(info->name, rules);
    return rules;
}

// --- NodeProxyRules ------------------------------------------------------------------------

bool NodeProxyRules::largeClusterMode() const { return m_shared->config.largeClusterMode; }

quint64 NodeProxyRules::indexKey(RuleTable table, int chain, quint32 address, int port,
                                 RuleProtocol protocol)
{
    return (quint64(table == RuleTable::Nat) << 52) | (quint64(chain) << 50) |
           (quint64(protocol) << 48) | (quint64(port & 0xffff) << 32) | quint64(address);
}

void NodeProxyRules::addToIndex(int block, int index, const IptablesRule &rule)
{
    const int chain = longChainId(rule.chain);
    if (chain < 0)
        return;
    const RuleRef ref{block, index, &rule};
    if (rule.dport == 0) {
        m_unindexed[rule.table == RuleTable::Nat][chain] << ref;
        return;
    }
    const quint32 address = rule.destination.isSingleAddress() ? rule.destination.network : 0;
    m_index[indexKey(rule.table, chain, address, rule.dport, rule.protocol)] << ref;
}

void NodeProxyRules::buildIndex()
{
    const ProxyRules::Shared &s = *m_shared;
    const int tail = int(m_ports.size());
    m_index.reserve(m_ports.size() * 2);
    for (int i = 0; i < s.filterHead.size(); ++i)
        addToIndex(-1, i, s.filterHead[i]);
    for (int i = 0; i < s.natHead.size(); ++i)
        addToIndex(-1, i, s.natHead[i]);
    for (int b = 0; b < tail; ++b) {
        const ServicePortRules &block = *m_ports[b];
        for (int i = 0; i < block.filterRules.size(); ++i)
            addToIndex(b, i, block.filterRules[i]);
        for (int i = 0; i < block.natRules.size(); ++i)
            addToIndex(b, i, block.natRules[i]);
    }
    for (int i = 0; i < s.filterTail.size(); ++i)
        addToIndex(tail, i, s.filterTail[i]);
    for (int i = 0; i < s.natTail.size(); ++i)
        addToIndex(tail, i, s.natTail[i]);
}

QList<const IptablesRule *> NodeProxyRules::candidateRules(RuleTable table, const QString &chain,
                                                           const RulePacket &packet) const
{
    const int id = longChainId(chain);
    if (id < 0)
        return chainRules(table, chain);
    QList<RuleRef> refs = m_unindexed[table == RuleTable::Nat][id];
    for (const quint32 address : {packet.dst, quint32(0)}) {
        const auto it =
            m_index.constFind(indexKey(table, id, address, packet.dstPort, packet.protocol));
        if (it != m_index.cend())
            refs += it.value();
        if (packet.dst == 0)
            break;
    }
    std::sort(refs.begin(), refs.end(), [](const RuleRef &a, const RuleRef &b) {
        return a.block != b.block ? a.block < b.block : a.index < b.index;
    });
    QList<const IptablesRule *> out;
    out.reserve(refs.size());
    for (const RuleRef &r : refs)
        out << r.rule;
    return out;
}

QList<const IptablesRule *> NodeProxyRules::rules(RuleTable table) const
{
    const ProxyRules::Shared &s = *m_shared;
    const bool nat = table == RuleTable::Nat;
    QList<const IptablesRule *> out;
    for (const IptablesRule &r : nat ? s.natHead : s.filterHead)
        out << &r;
    for (const auto &block : m_ports)
        for (const IptablesRule &r : nat ? block->natRules : block->filterRules)
            out << &r;
    for (const IptablesRule &r : nat ? s.natTail : s.filterTail)
        out << &r;
    return out;
}

int NodeProxyRules::ruleCount(RuleTable table) const
{
    const ProxyRules::Shared &s = *m_shared;
    const bool nat = table == RuleTable::Nat;
    qsizetype n = nat ? s.natHead.size() + s.natTail.size()
                      : s.filterHead.size() + s.filterTail.size();
    for (const auto &block : m_ports)
        n += nat ? block->natRules.size() : block->filterRules.size();
    return int(n);
}

QStringList NodeProxyRules::chainNames(RuleTable table) const
{
    if (table == RuleTable::Filter)
        return m_shared->filterChains;
    QStringList out = m_shared->natChains;
    for (const auto &block : m_ports)
        out += block->natChains;
    return out;
}

bool NodeProxyRules::hasChain(RuleTable table, const QString &chain) const
{
    const ProxyRules::Shared &s = *m_shared;
    if (table == RuleTable::Filter)
        return s.filterChains.contains(chain);
    if (s.natChains.contains(chain))
        return true;
    const auto owner = s.chainOwner.constFind(chain);
    return owner != s.chainOwner.cend() && m_ports[owner.value()]->declaresChain(chain);
}

QList<const IptablesRule *> NodeProxyRules::chainRules(RuleTable table,
                                                       const QString &chain) const
{
    const ProxyRules::Shared &s = *m_shared;
    if (table == RuleTable::Nat) {
        const auto owner = s.chainOwner.constFind(chain);
        if (owner != s.chainOwner.cend())
            return m_ports[owner.value()]->chainRules(table, chain);
    }
    QList<const IptablesRule *> out;
    for (const IptablesRule *r : rules(table))
        if (r->chain == chain)
            out << r;
    return out;
}

QList<const ServicePortRules *> NodeProxyRules::servicePortRules(const QString &serviceId) const
{
    QList<const ServicePortRules *> out;
    for (const auto &block : m_ports)
        if (block->plan->serviceId == serviceId)
            out << block.get();
    return out;
}

QString NodeProxyRules::restoreText() const
{
    const ProxyRules::Shared &s = *m_shared;
    QString text;
    qsizetype size = 64;
    for (const auto &block : m_ports) {
        for (const IptablesRule &r : block->filterRules)
            size += r.text.size() + 1;
        for (const IptablesRule &r : block->natRules)
            size += r.text.size() + 1;
        size += block->natChains.size() * 32;
    }
    text.reserve(size + 4096);
    const auto chainLine = [&text](const QString &chain) {
        text += u':' + chain + QLatin1String(" - [0:0]\n");
    };
    const auto ruleLines = [&text](const QList<IptablesRule> &list) {
        for (const IptablesRule &r : list)
            text += r.text + u'\n';
    };

    text += QLatin1String("*filter\n");
    for (const QString &chain : s.filterChains)
        chainLine(chain);
    ruleLines(s.filterHead);
    for (const auto &block : m_ports)
        ruleLines(block->filterRules);
    ruleLines(s.filterTail);
    text += QLatin1String("COMMIT\n*nat\n");
    for (const QString &chain : s.natChains)
        chainLine(chain);
    for (const auto &block : m_ports)
        for (const QString &chain : block->natChains)
            chainLine(chain);
    ruleLines(s.natHead);
    for (const auto &block : m_ports)
        ruleLines(block->natRules);
    ruleLines(s.natTail);
    text += QLatin1String("COMMIT\n");
    return text;
}

QString iptablesRestoreText(const Cluster &cluster, const QString &node)
{
    const ProxyRules rules(cluster);
    const auto nodeRules = rules.forNode(node);
    return nodeRules ? nodeRules->restoreText() : QString();
}

} // namespace hopscope
