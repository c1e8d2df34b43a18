#include "core/proxy/proxyrules.h"

#include "core/proxy/chainnames.h"
#include "core/proxy/proxyrules_p.h"

#include <QMutex>
#include <QMutexLocker>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>
#include <vector>

namespace hopscope {

namespace {

// Below this many new rule blocks a node's rules are generated on the calling thread.
constexpr qsizetype kParallelBlocks = 64;

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
    using Mode = ClusterSettings::DetectLocalMode;
    c.nodeCidrDetector = settings.detectLocalMode == Mode::NodeCIDR;
    if (settings.detectLocalMode != Mode::ClusterCIDR)
        c.localDetector = false;
    c.masqueradeAll = settings.masqueradeAll;
    bool loopback = settings.nodePortAddresses.isEmpty(); // MatchAll holds 127.0.0.1
    for (const QString &text : settings.nodePortAddresses) {
        if (text == u"primary") {
            c.nodePortPrimary = true;
            continue;
        }
        if (!parseIPv4Cidr(text, &network, &prefix))
            continue;
        c.nodePortAddresses << AddressMatch::cidr(network, prefix, text);
        loopback = loopback || c.nodePortAddresses.last().contains(0x7f000001u);
    }
    // ContainsIPv4Loopback: only then are node ports open on 127.0.0.1 (route_localnet).
    c.localhostNodePorts = settings.localhostNodePorts && loopback;
    c.nfacctCounters = settings.nfacctCounters;
    c.randomFully = settings.randomFully;
    return c;
}

} // namespace

struct ProxyRules::Cache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<const NodeProxyRules>> nodes;
    // Per plan: the block of the nodes without local endpoints and not allowed by a source
    // range (most nodes, most Services), then the other blocks by node-dependence key.
    std::vector<std::shared_ptr<const ServicePortRules>> common;
    std::vector<QHash<QString, std::shared_ptr<const ServicePortRules>>> blocks;
};

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
    if (!d->config.nodePortAddresses.isEmpty() || d->config.nodePortPrimary)
        rules->m_natTail = d->nodePortsTail(*info);
    rules->m_ownTail = !d->config.nodePortAddresses.isEmpty() || d->config.nodePortPrimary;
    AddressMatch nodeCidr;
    quint32 podNet = 0;
    int podPrefix = 0;
    if (d->config.nodeCidrDetector && parseIPv4Cidr(info->podCIDR, &podNet, &podPrefix))
        nodeCidr = AddressMatch::cidr(podNet, podPrefix,
                                      formatIPv4(podNet) + u'/' + QString::number(podPrefix));
    // The blocks this node needs that no node made yet: found first, generated in parallel (each
    // depends on its plan and context only), then cached in plan order.
    struct Job
    {
        int plan = -1;
        ServicePortNodeContext context;
        QString key; // empty: the common block
    };
    QList<Job> jobs;
    rules->m_ports.resize(d->plans.size());
    for (int i = 0; i < d->plans.size(); ++i) {
        const ServicePortPlan &plan = d->plans[i];
        ServicePortNodeContext context;
        context.localEndpoints = plan.localEndpoints(info->name);
        context.nodeCidr = nodeCidr;
        if (haveNodeAddress && !plan.loadBalancerIPs.isEmpty())
            for (const AddressMatch &range : plan.sourceRanges)
                context.allowFromNode = context.allowFromNode || range.contains(nodeAddress);
        // The block depends on the node only through this key: nodes with equal keys share it.
        QString key = nodeCidr.text; // NodeCIDR detection: the node's own pod CIDR
        if (context.localEndpoints.isEmpty() && !context.allowFromNode && key.isEmpty()) {
            if (const auto &block = m_cache->common[i]) {
                rules->m_ports[i] = block;
                continue;
            }
        } else {
            key += u';';
            for (int e : context.localEndpoints)
                key += QString::number(e) + u',';
            if (context.allowFromNode)
                key += u'n';
            const auto &cache = m_cache->blocks[i];
            if (const auto it = cache.constFind(key); it != cache.cend()) {
                rules->m_ports[i] = it.value();
                continue;
            }
        }
        jobs << Job{i, std::move(context), key};
    }
    const auto generate = [this](const Job &job) {
        return std::make_shared<const ServicePortRules>(
            generateServicePortRules(d->plans[job.plan], job.context, d->config));
    };
    using Blocks = QList<std::shared_ptr<const ServicePortRules>>;
    Blocks made;
    if (jobs.size() >= kParallelBlocks) {
        made = QtConcurrent::blockingMapped<Blocks>(jobs, generate);
    } else {
        for (const Job &job : std::as_const(jobs))
            made << generate(job);
    }
    for (qsizetype j = 0; j < jobs.size(); ++j) {
        const Job &job = jobs[j];
        if (job.key.isEmpty())
            m_cache->common[job.plan] = made[j];
        else
            m_cache->blocks[job.plan].insert(job.key, made[j]);
        rules->m_ports[job.plan] = made[j];
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

const QList<IptablesRule> &NodeProxyRules::natTail() const
{
    return m_ownTail ? m_natTail : m_shared->natTail;
}

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
    fixed(nat ? natTail() : s.filterTail);
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
    for (const IptablesRule &r : nat ? natTail() : s.filterTail)
        out << &r;
    return out;
}

int NodeProxyRules::ruleCount(RuleTable table) const
{
    const ProxyRules::Shared &s = *m_shared;
    const bool nat = table == RuleTable::Nat;
    qsizetype n =
        nat ? s.natHead.size() + natTail().size() : s.filterHead.size() + s.filterTail.size();
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
    if (const int i = positionIn(nat ? natTail() : s.filterTail, rule); i >= 0)
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
    const QList<IptablesRule> &tail = nat ? natTail() : s.filterTail;
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
    ruleLines(natTail());
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
