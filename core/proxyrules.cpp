#include "proxyrules.h"

#include "chainnames.h"
#include "rulebuilder.h"

#include <QMutex>
#include <QMutexLocker>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>
#include <vector>

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
    c.localDetector =
        !cidr.isEmpty() && cidr.contains(u'/') && parseIPv4Cidr(cidr, &network, &prefix);
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
    // (address or 0, port, protocol) → plans writing rules with that destination into the
    // long chains, ascending: clusterIP, externalIPs and LB IPs with the port; 0 with the
    // nodePort and the healthCheckNodePort.
    QHash<quint64, QList<int>> portIndex;
    QHash<QString, QList<int>> plansByService; // service id → plan indexes
    int totalEndpoints = 0;

    QStringList filterChains; // the top-level chains, in emission order
    QStringList natChains;
    QList<IptablesRule> filterHead, filterTail, natHead, natTail;
    QList<IptablesRule> entryJumps; // built-in chain → KUBE-* (not in the restore input)

    void buildFixedRules();
};

struct ProxyRules::Cache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<const NodeProxyRules>> nodes;
    // Per plan: the block of the nodes without local endpoints and not allowed by a source
    // range (most nodes, most Services), then the other blocks by node-dependence key.
    std::vector<std::shared_ptr<const ServicePortRules>> common;
    std::vector<QHash<QString, std::shared_ptr<const ServicePortRules>>> blocks;
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
    last
        .comment(QStringLiteral(
            "kubernetes service nodeports; NOTE: this must be the last rule in this chain"))
        .dstTypeLocal();
    if (!config.localhostNodePorts)
        last.destination(AddressMatch::cidr(0x7f000000u, 8, QStringLiteral("127.0.0.0/8"), true));
    natTail << last.jump(nodePorts);

    // The jumps from the built-in chains (iptablesJumpChains, each EnsureRule(Prepend)ed, so
    // the last of a chain's comes first; kubelet's KUBE-FIREWALL jumps predate them: last).
    const auto entry = [&](RuleTable table, const char *from, const QString &to,
                           const char *comment, bool onlyNew) {
        RuleBuilder b(table, QLatin1String(from), RuleRole::EntryJump);
        if (onlyNew)
            b.conntrack(CtNew, QStringLiteral("NEW"), false);
        if (comment)
            b.comment(QLatin1String(comment));
        entryJumps << b.jump(to);
    };
    const QString proxyFirewall = QLatin1String(kKubeProxyFirewallChain);
    const QString externalServices = QLatin1String(kKubeExternalServicesChain);
    const char *lbFirewall = "kubernetes load balancer firewall";
    const char *portals = "kubernetes service portals";
    const char *externalPortals = "kubernetes externally-visible service portals";
    entry(RuleTable::Filter, "INPUT", proxyFirewall, lbFirewall, true);
    entry(RuleTable::Filter, "INPUT", nodePorts, "kubernetes health check service ports", false);
    entry(RuleTable::Filter, "INPUT", externalServices, externalPortals, true);
    if (config.localhostNodePorts)
        entry(RuleTable::Filter, "INPUT", firewall, nullptr, false);
    entry(RuleTable::Filter, "FORWARD", proxyFirewall, lbFirewall, true);
    entry(RuleTable::Filter, "FORWARD", forward, "kubernetes forwarding rules", false);
    entry(RuleTable::Filter, "FORWARD", services, portals, true);
    entry(RuleTable::Filter, "FORWARD", externalServices, externalPortals, true);
    entry(RuleTable::Filter, "OUTPUT", proxyFirewall, lbFirewall, true);
    entry(RuleTable::Filter, "OUTPUT", services, portals, true);
    if (config.localhostNodePorts)
        entry(RuleTable::Filter, "OUTPUT", firewall, nullptr, false);
    entry(RuleTable::Nat, "PREROUTING", services, portals, false);
    entry(RuleTable::Nat, "OUTPUT", services, portals, false);
    entry(RuleTable::Nat, "POSTROUTING", postrouting, "kubernetes postrouting rules", false);

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

namespace {

quint64 indexKey(quint32 address, int port, RuleProtocol protocol)
{
    return (quint64(protocol) << 48) | (quint64(port & 0xffff) << 32) | quint64(address);
}

void addToIndex(QHash<quint64, QList<int>> &index, quint64 key, int plan)
{
    QList<int> &list = index[key];
    if (list.isEmpty() || list.last() != plan)
        list << plan;
}

} // namespace

ProxyRules::ProxyRules(const Cluster &cluster) : m_cache(std::make_unique<Cache>())
{
    auto shared = std::make_shared<Shared>();
    shared->cluster = cluster;
    shared->plans = planServicePorts(cluster);
    for (int i = 0; i < shared->plans.size(); ++i) {
        const ServicePortPlan &plan = shared->plans[i];
        shared->totalEndpoints += int(plan.endpoints.size());
        for (const QString *chain : {&plan.svcChain, &plan.svlChain, &plan.extChain, &plan.fwChain})
            shared->chainOwner.insert(*chain, i);
        for (const PlannedEndpoint &ep : plan.endpoints)
            shared->chainOwner.insert(ep.chain, i);
        shared->plansByService[plan.serviceId] << i;
        auto &index = shared->portIndex;
        addToIndex(index, indexKey(plan.clusterAddress, plan.port, plan.protocol), i);
        for (quint32 a : plan.externalAddresses)
            addToIndex(index, indexKey(a, plan.port, plan.protocol), i);
        for (quint32 a : plan.loadBalancerAddresses)
            addToIndex(index, indexKey(a, plan.port, plan.protocol), i);
        if (plan.nodePort)
            addToIndex(index, indexKey(0, plan.nodePort, plan.protocol), i);
        if (plan.healthCheckNodePort)
            addToIndex(index, indexKey(0, plan.healthCheckNodePort, RuleProtocol::Tcp), i);
    }
    shared->config = makeConfig(cluster.settings);
    shared->config.largeClusterMode = shared->totalEndpoints > kLargeClusterEndpointsThreshold;
    shared->buildFixedRules();
    m_cache->common.resize(shared->plans.size());
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

int ProxyRules::totalEndpoints() const
{
    return d->totalEndpoints;
}
bool ProxyRules::largeClusterMode() const
{
    return d->config.largeClusterMode;
}
const QList<ServicePortPlan> &ProxyRules::servicePorts() const
{
    return d->plans;
}

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
        if (context.localEndpoints.isEmpty() && !context.allowFromNode) {
            auto &block = m_cache->common[i];
            if (!block)
                block = std::make_shared<const ServicePortRules>(
                    generateServicePortRules(plan, context, d->config));
            rules->m_ports << block;
            continue;
        }
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
    for (int t = 0; t < 2; ++t) {
        const bool nat = t == 1;
        int offset = int(nat ? d->natHead.size() : d->filterHead.size());
        rules->m_offsets[t].reserve(rules->m_ports.size() + 1);
        for (const auto &block : rules->m_ports) {
            rules->m_offsets[t] << offset;
            offset += int(nat ? block->natRules.size() : block->filterRules.size());
        }
        rules->m_offsets[t] << offset; // the tail's first rule
    }
    m_cache->nodes.insert(info->name, rules);
    return rules;
}

// --- NodeProxyRules ------------------------------------------------------------------------

bool NodeProxyRules::largeClusterMode() const
{
    return m_shared->config.largeClusterMode;
}

QList<const IptablesRule *> NodeProxyRules::candidateRules(RuleTable table, const QString &chain,
                                                           const RulePacket &packet) const
{
    if (longChainId(chain) < 0)
        return chainRules(table, chain);
    const ProxyRules::Shared &s = *m_shared;
    const bool nat = table == RuleTable::Nat;
    QList<const IptablesRule *> out;
    out.reserve(16); // a handful of candidates: one allocation, not several
    const auto fixed = [&](const QList<IptablesRule> &list) {
        for (const IptablesRule &r : list)
            if (r.chain == chain)
                out << &r;
    };
    fixed(nat ? s.natHead : s.filterHead);

    // The Service ports with rules for this destination, in emission order.
    QVarLengthArray<int, 16> plans; // on the stack: this runs for every packet a walk sees
    for (const quint32 address : {packet.dst, quint32(0)}) {
        const auto it = s.portIndex.constFind(indexKey(address, packet.dstPort, packet.protocol));
        if (it != s.portIndex.cend())
            plans.append(it->constData(), it->size());
        if (packet.dst == 0)
            break;
    }
    std::sort(plans.begin(), plans.end());
    plans.resize(std::unique(plans.begin(), plans.end()) - plans.begin());
    for (int i : plans) {
        const ServicePortRules &block = *m_ports[i];
        for (const IptablesRule &r : nat ? block.natRules : block.filterRules) {
            if (r.chain != chain)
                continue;
            // A rule that cannot match this destination is not a candidate.
            if (r.dport != packet.dstPort || r.protocol != packet.protocol ||
                (r.destination.isSingleAddress() && r.destination.network != packet.dst))
                continue;
            out << &r;
        }
    }
    fixed(nat ? s.natTail : s.filterTail);
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
    qsizetype n =
        nat ? s.natHead.size() + s.natTail.size() : s.filterHead.size() + s.filterTail.size();
    for (const auto &block : m_ports)
        n += nat ? block->natRules.size() : block->filterRules.size();
    return int(n);
}

namespace {

// The position of `rule` in `list`, or -1.
int positionIn(const QList<IptablesRule> &list, const IptablesRule *rule)
{
    const std::less<const IptablesRule *> less;
    const IptablesRule *begin = list.constData();
    if (list.isEmpty() || less(rule, begin) || !less(rule, begin + list.size()))
        return -1;
    return int(rule - begin);
}

} // namespace

int NodeProxyRules::ruleIndex(const IptablesRule *rule) const
{
    if (!rule)
        return -1;
    const ProxyRules::Shared &s = *m_shared;
    const bool nat = rule->table == RuleTable::Nat;
    const QList<int> &offsets = m_offsets[nat];
    if (const int i = positionIn(nat ? s.natHead : s.filterHead, rule); i >= 0)
        return i;
    if (const int i = positionIn(nat ? s.natTail : s.filterTail, rule); i >= 0)
        return offsets.last() + i;
    for (int plan : s.plansByService.value(rule->serviceId)) {
        const ServicePortRules &block = *m_ports[plan];
        if (const int i = positionIn(nat ? block.natRules : block.filterRules, rule); i >= 0)
            return offsets[plan] + i;
    }
    return -1;
}

const IptablesRule *NodeProxyRules::ruleAt(RuleTable table, int index) const
{
    const ProxyRules::Shared &s = *m_shared;
    const bool nat = table == RuleTable::Nat;
    const QList<int> &offsets = m_offsets[nat];
    const QList<IptablesRule> &head = nat ? s.natHead : s.filterHead;
    const QList<IptablesRule> &tail = nat ? s.natTail : s.filterTail;
    if (index < 0)
        return nullptr;
    if (index < head.size())
        return &head[index];
    if (index >= offsets.last())
        return index - offsets.last() < tail.size() ? &tail[index - offsets.last()] : nullptr;
    // The last block starting at or before index (blocks may be empty).
    const auto it = std::upper_bound(offsets.cbegin(), offsets.cend() - 1, index) - 1;
    const int plan = int(it - offsets.cbegin());
    const QList<IptablesRule> &list = nat ? m_ports[plan]->natRules : m_ports[plan]->filterRules;
    return &list[index - *it];
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

QList<const IptablesRule *> NodeProxyRules::entryRules(RuleTable table,
                                                       const QString &builtinChain) const
{
    QList<const IptablesRule *> out;
    for (const IptablesRule &r : m_shared->entryJumps)
        if (r.table == table && r.chain == builtinChain)
            out << &r;
    return out;
}

QList<const IptablesRule *> NodeProxyRules::chainRules(RuleTable table, const QString &chain) const
{
    const ProxyRules::Shared &s = *m_shared;
    if (!chain.startsWith(QLatin1String("KUBE-")))
        return entryRules(table, chain);
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
