#include "core/proxy/ruleevaluator.h"

#include "core/proxy/chainnames.h"

namespace hopscope {

namespace {

constexpr int kMaxDepth = 16; // kube-proxy's deepest path: KUBE-SERVICES→FW→EXT→SVC→SEP→MARK
constexpr qsizetype kMaxCachedChains = 4096; // per node and table

enum class ChainKind { Builtin, Flannel, Service, Long, Fixed };

bool hasPrefix(const QChar *name, qsizetype size, const char *prefix)
{
    for (qsizetype i = 0; prefix[i]; ++i)
        if (i >= size || name[i].unicode() != char16_t(prefix[i]))
            return false;
    return true;
}

// What kind of chain a name is, by its characters (called for every chain a walk enters).
ChainKind chainKind(const QString &chain)
{
    const QChar *name = chain.constData();
    const qsizetype size = chain.size();
    if (!hasPrefix(name, size, "KUBE-"))
        return hasPrefix(name, size, "FLANNEL-") ? ChainKind::Flannel : ChainKind::Builtin;
    const QChar *rest = name + 5;
    const qsizetype restSize = size - 5;
    for (const char *prefix : {"SVC-", "SEP-", "EXT-", "SVL-", "FW-"})
        if (hasPrefix(rest, restSize, prefix))
            return ChainKind::Service;
    for (const char *chainName : {"SERVICES", "NODEPORTS", "EXTERNAL-SERVICES", "PROXY-FIREWALL"})
        if (hasPrefix(rest, restSize, chainName) && restSize == qsizetype(qstrlen(chainName)))
            return ChainKind::Long;
    return ChainKind::Fixed;
}

// A uniform double in [0, 1) from 53 random bits: the same on every platform (unlike
// std::uniform_real_distribution).
double uniform(std::mt19937_64 &random)
{
    return double(random() >> 11) * 0x1.0p-53;
}

} // namespace

bool RecentLists::hit(const QString &name, quint32 source, int seconds, qint64 now) const
{
    const auto list = lists.constFind(name);
    if (list == lists.cend())
        return false;
    const auto it = list->constFind(source);
    return it != list->cend() && (seconds <= 0 || now - it.value() <= seconds);
}

void RecentLists::set(const QString &name, quint32 source, qint64 now)
{
    lists[name].insert(source, now);
}

const QList<const IptablesRule *> &FixedChainCache::rules(const NodeProxyRules &node,
                                                          RuleTable table, const QString &chain)
{
    // The fixed chains live in ProxyRules' shared part: the same rules on every node.
    auto &chains = m_chains[table == RuleTable::Nat ? 1 : 0];
    auto it = chains.find(chain);
    if (it == chains.end())
        it = chains.insert(chain, node.chainRules(table, chain));
    return it.value();
}

RuleEvaluator::RuleEvaluator(const NodeProxyRules &proxy, const FlannelRules &flannel,
                             FixedChainCache &cache, NodeChainCache &nodeCache,
                             RuleEnvironment &environment, const RuleMatchContext &context)
    : m_proxy(proxy), m_flannel(flannel), m_cache(cache), m_nodeCache(nodeCache),
      m_env(environment), m_context(context)
{}

QList<const IptablesRule *> RuleEvaluator::rulesOf(RuleTable table, const QString &chain,
                                                   const RulePacket &packet)
{
    const ChainKind kind = chainKind(chain);
    switch (kind) {
    case ChainKind::Long: // KUBE-SERVICES, KUBE-NODEPORTS, …: the indexed candidates
        return m_proxy.candidateRules(table, chain, packet);
    case ChainKind::Fixed:
        return m_cache.rules(m_proxy, table, chain);
    case ChainKind::Service: // KUBE-SVC-, KUBE-SEP-, …: its owner's few rules, kept per node
    case ChainKind::Builtin:
    case ChainKind::Flannel:
        break;
    }
    auto &chains = m_nodeCache.chains[table == RuleTable::Nat ? 1 : 0];
    auto it = chains.find(chain);
    if (it == chains.end()) {
        QList<const IptablesRule *> rules;
        if (kind == ChainKind::Service)
            rules = m_proxy.chainRules(table, chain);
        else if (kind == ChainKind::Builtin)
            rules = m_proxy.entryRules(table, chain) + m_flannel.entryRules(table, chain);
        else
            rules = m_flannel.chainRules(table, chain);
        // A long session through thousands of Services: the cache stays bounded.
        if (chains.size() >= kMaxCachedChains)
            chains.clear();
        it = chains.insert(chain, rules);
    }
    return it.value();
}

TableVerdict RuleEvaluator::walk(RuleTable table, const QString &builtinChain, RulePacket &packet)
{
    TableVerdict verdict;
    verdict.trail.reserve(8); // a walk matches a few rules: one allocation
    walkChain(table, builtinChain, packet, verdict, 0);
    return verdict;
}

bool RuleEvaluator::drawRandom(const IptablesRule &rule, const QList<const IptablesRule *> &chain,
                               TableVerdict &verdict)
{
    if (!m_env.pinnedEndpoint.isEmpty() && rule.role == RuleRole::EndpointSelect) {
        bool pinnedHere = false;
        for (const IptablesRule *r : chain)
            pinnedHere = pinnedHere || (r->role == RuleRole::EndpointSelect &&
                                        r->endpoint == m_env.pinnedEndpoint);
        if (pinnedHere) {
            verdict.pinned = true;
            return rule.endpoint == m_env.pinnedEndpoint;
        }
    }
    if (!m_env.random)
        return false;
    return uniform(*m_env.random) < rule.statistic.probability;
}

// Returns true when the table's traversal ended with a verdict.
bool RuleEvaluator::walkChain(RuleTable table, const QString &chain, RulePacket &packet,
                              TableVerdict &verdict, int depth)
{
    if (depth > kMaxDepth)
        return false;
    const QList<const IptablesRule *> rules = rulesOf(table, chain, packet);
    for (const IptablesRule *rule : rules) {
        const RuleMatch match = rule->match(packet, m_context);
        if (match == RuleMatch::NoMatch)
            continue;
        if (match == RuleMatch::MatchIfRandom && !drawRandom(*rule, rules, verdict))
            continue;
        verdict.trail << rule;
        if (rule->recent.mode == RecentMode::Set && m_env.recent)
            m_env.recent->set(rule->recent.name, packet.src, m_env.now);
        const RuleTarget &target = rule->target;
        switch (target.kind) {
        case TargetKind::Jump:
            if (!verdict.markedBy && target.chain == u"KUBE-MARK-MASQ")
                verdict.markedBy = rule;
            if (QStringView(target.chain).startsWith(u"KUBE-SEP-"))
                verdict.chosenBy = rule;
            if (walkChain(table, target.chain, packet, verdict, depth + 1))
                return true;
            break;
        case TargetKind::Return:
            return false;
        case TargetKind::Mark:
            packet.mark = target.markOp == MarkOp::Or ? packet.mark | target.markValue
                                                      : packet.mark ^ target.markValue;
            break;
        case TargetKind::None:
            break;
        case TargetKind::Accept:
            verdict.kind = TableVerdict::Kind::Accept;
            verdict.rule = rule;
            return true;
        case TargetKind::Drop:
            verdict.kind = TableVerdict::Kind::Drop;
            verdict.rule = rule;
            return true;
        case TargetKind::Reject:
            verdict.kind = TableVerdict::Kind::Reject;
            verdict.rule = rule;
            return true;
        case TargetKind::Dnat:
            verdict.kind = TableVerdict::Kind::Dnat;
            verdict.rule = rule;
            verdict.dnatAddress = target.dnatIP;
            verdict.dnatPort = target.dnatPort;
            return true;
        case TargetKind::Masquerade:
            verdict.kind = TableVerdict::Kind::Masquerade;
            verdict.rule = rule;
            return true;
        }
    }
    return false;
}

} // namespace hopscope
