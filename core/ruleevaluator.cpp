#include "ruleevaluator.h"

#include "chainnames.h"

namespace hopscope {

namespace {

constexpr int kMaxDepth = 16; // kube-proxy's deepest path: KUBE-SERVICES→FW→EXT→SVC→SEP→MARK

bool isLongChain(const QString &chain)
{
    return chain == QLatin1String(kKubeServicesChain) ||
           chain == QLatin1String(kKubeNodePortsChain) ||
           chain == QLatin1String(kKubeExternalServicesChain) ||
           chain == QLatin1String(kKubeProxyFirewallChain);
}

bool isBuiltinChain(const QString &chain)
{
    return !chain.startsWith(QLatin1String("KUBE-")) &&
           !chain.startsWith(QLatin1String("FLANNEL-"));
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
    // Most often a per-Service chain (KUBE-SVC-, KUBE-SEP-, …): its owner's few rules.
    if (isServiceChainName(chain))
        return m_proxy.chainRules(table, chain);
    if (isLongChain(chain))
        return m_proxy.candidateRules(table, chain, packet);
    const bool builtin = isBuiltinChain(chain);
    if (builtin || m_flannel.ownsChain(chain)) {
        auto &chains = m_nodeCache.chains[table == RuleTable::Nat ? 1 : 0];
        auto it = chains.find(chain);
        if (it == chains.end())
            it = chains.insert(chain, builtin ? m_proxy.entryRules(table, chain) +
                                                    m_flannel.entryRules(table, chain)
                                              : m_flannel.chainRules(table, chain));
        return it.value();
    }
    return m_cache.rules(m_proxy, table, chain);
}

TableVerdict RuleEvaluator::walk(RuleTable table, const QString &builtinChain, RulePacket &packet)
{
    TableVerdict verdict;
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
            if (target.chain == QLatin1String(kKubeMarkMasqChain) && !verdict.markedBy)
                verdict.markedBy = rule;
            if (target.chain.startsWith(QLatin1String(kEndpointChainPrefix)))
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
