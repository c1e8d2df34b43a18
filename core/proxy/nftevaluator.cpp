#include "core/proxy/nftevaluator.h"

namespace hopscope {

namespace {

constexpr int kMaxDepth = 32; // a loop of jumps in hostile input ends here

QString lookupKey(NftKey key, const NftPacket &p)
{
    const QString protoPort =
        ruleProtocolName(p.protocol) + QStringLiteral(" . ") + QString::number(p.dstPort);
    if (key == NftKey::ProtoPort)
        return protoPort;
    return formatIPv4(p.dst) + QStringLiteral(" . ") + protoPort;
}

bool anyContains(const QList<AddressMatch> &ranges, quint32 address)
{
    for (const AddressMatch &r : ranges)
        if (r.contains(address))
            return true;
    return false;
}

} // namespace

bool NftAffinitySets::hit(const QString &set, quint32 source, int timeoutSeconds, qint64 now) const
{
    const auto s = sets.constFind(set);
    if (s == sets.cend())
        return false;
    const auto e = s->constFind(source);
    return e != s->cend() && (timeoutSeconds <= 0 || now - e.value() < timeoutSeconds);
}

void NftAffinitySets::update(const QString &set, quint32 source, qint64 now)
{
    sets[set].insert(source, now);
}

NftEvaluator::NftEvaluator(const NftRuleset &ruleset, NftEnvironment &environment)
    : m_ruleset(ruleset), m_env(environment)
{}

NftTableVerdict NftEvaluator::walkHook(const QString &hook, const QString &type, NftPacket &packet)
{
    NftTableVerdict total;
    for (const NftChain *chain : m_ruleset.baseChains(hook)) {
        if (!type.isEmpty() && chain->type != type)
            continue;
        NftTableVerdict v = walkChain(chain->name, packet);
        total.trail += v.trail;
        if (v.markedBy)
            total.markedBy = v.markedBy;
        if (v.kind == NftTableVerdict::Kind::None || v.kind == NftTableVerdict::Kind::Accept)
            continue; // on to the next base chain of the hook
        const QList<NftStep> trail = total.trail;
        const NftRule *markedBy = total.markedBy;
        total = v;
        total.trail = trail;
        total.markedBy = markedBy;
        if (v.kind == NftTableVerdict::Kind::Drop || v.kind == NftTableVerdict::Kind::Reject)
            break; // final for the packet
        if (v.kind == NftTableVerdict::Kind::Dnat) {
            packet.dst = v.dnatAddress;
            packet.dstPort = v.dnatPort;
        }
    }
    return total;
}

NftTableVerdict NftEvaluator::walkChain(const QString &chain, NftPacket &packet)
{
    NftTableVerdict verdict;
    runChain(chain, packet, verdict, 0);
    return verdict;
}

bool NftEvaluator::matches(const NftRule &rule, const NftPacket &p) const
{
    using K = NftMatch::Kind;
    for (const NftMatch &m : rule.matches) {
        bool ok = true;
        switch (m.kind) {
        case K::Daddr:
        case K::DaddrRanges:
            ok = anyContains(m.addresses, p.dst) != m.negated;
            break;
        case K::Saddr:
        case K::SaddrRanges:
            ok = anyContains(m.addresses, p.src) != m.negated;
            break;
        case K::DaddrInSet:
            ok = (m_ruleset.element(m.set, formatIPv4(p.dst)) != nullptr) != m.negated;
            break;
        case K::SaddrInSet: {
            const NftSet *set = m_ruleset.set(m.set);
            const int timeout = set ? set->timeoutSeconds : 0;
            const bool in =
                set && set->flags.contains(QStringLiteral("dynamic"))
                    ? (m_env.affinity && m_env.affinity->hit(m.set, p.src, timeout, m_env.now))
                    : m_ruleset.element(m.set, formatIPv4(p.src)) != nullptr;
            ok = in != m.negated;
            break;
        }
        case K::CtStateNew:
            ok = (p.ctstate & CtNew) != 0;
            break;
        case K::FibSaddrLocal:
            ok = m_env.isLocalAddress && m_env.isLocalAddress(p.src);
            break;
        case K::FibDaddrLocal:
            ok = m_env.isLocalAddress && m_env.isLocalAddress(p.dst);
            break;
        case K::MarkClear:
            ok = (p.mark & m.mark) == 0;
            break;
        case K::L4Proto:
            ok = p.protocol == m.protocol;
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

int NftEvaluator::drawEndpoint(const NftRule &rule, NftTableVerdict &verdict)
{
    const int n = int(rule.endpointChains.size());
    if (!m_env.pinnedEndpoint.isEmpty())
        for (int i = 0; i < n; ++i)
            if (const NftChain *c = m_ruleset.chain(rule.endpointChains[i]);
                c && c->endpoint == m_env.pinnedEndpoint) {
                verdict.pinned = true;
                return i;
            }
    if (!m_env.random || n <= 1)
        return 0;
    // numgen random mod N: every endpoint with the same chance, in one draw.
    std::uniform_int_distribution<int> pick(0, n - 1);
    return pick(*m_env.random);
}

NftEvaluator::Flow NftEvaluator::runVerdict(const NftVerdict &v, const NftRule &rule,
                                            NftPacket &packet, NftTableVerdict &verdict, int depth)
{
    using K = NftVerdict::Kind;
    switch (v.kind) {
    case K::None:
        return Flow::Continue;
    case K::Return:
        return Flow::Return;
    case K::Accept:
    case K::Drop:
    case K::Reject:
        verdict.kind = v.kind == K::Accept ? NftTableVerdict::Kind::Accept
                       : v.kind == K::Drop ? NftTableVerdict::Kind::Drop
                                           : NftTableVerdict::Kind::Reject;
        if (!verdict.rule)
            verdict.rule = &rule;
        return Flow::Terminal;
    case K::Jump:
    case K::Goto: {
        if (v.chain == u"mark-for-masquerade")
            verdict.markedBy = &rule;
        const Flow f = runChain(v.chain, packet, verdict, depth + 1);
        if (f == Flow::Terminal)
            return Flow::Terminal;
        // After a jump the calling chain goes on; after a goto it ends.
        return v.kind == K::Goto ? Flow::Return : Flow::Continue;
    }
    }
    return Flow::Continue;
}

NftEvaluator::Flow NftEvaluator::runChain(const QString &chain, NftPacket &packet,
                                          NftTableVerdict &verdict, int depth)
{
    if (depth > kMaxDepth)
        return Flow::Return;
    using S = NftRule::Statement;
    for (const NftRule *rule : m_ruleset.chainRules(chain)) {
        if (!matches(*rule, packet))
            continue;
        NftStep step;
        step.rule = rule;
        const qsizetype at = verdict.trail.size();
        verdict.trail << step;
        Flow f = Flow::Continue;
        switch (rule->statement) {
        case S::Verdict:
            f = runVerdict(rule->verdict, *rule, packet, verdict, depth);
            break;
        case S::Vmap: {
            const NftElement *e = m_ruleset.element(rule->set, lookupKey(rule->key, packet));
            if (!e) {
                verdict.trail.removeAt(at); // no element: the rule did nothing
                break;
            }
            verdict.trail[at].element = e;
            verdict.element = e;
            f = runVerdict(e->value, *rule, packet, verdict, depth);
            break;
        }
        case S::NumgenVmap: {
            if (rule->endpointChains.isEmpty())
                break;
            const int i = drawEndpoint(*rule, verdict);
            verdict.trail[at].numgenIndex = i;
            verdict.chosenBy = rule;
            NftVerdict go;
            go.kind = NftVerdict::Kind::Goto;
            go.chain = rule->endpointChains[i];
            f = runVerdict(go, *rule, packet, verdict, depth);
            break;
        }
        case S::MarkOr:
            packet.mark |= rule->mark;
            break;
        case S::MarkXor:
            packet.mark ^= rule->mark;
            break;
        case S::Masquerade:
            verdict.kind = NftTableVerdict::Kind::Masquerade;
            verdict.rule = rule;
            f = Flow::Terminal;
            break;
        case S::Dnat:
            verdict.kind = NftTableVerdict::Kind::Dnat;
            verdict.rule = rule;
            verdict.dnatAddress = rule->dnatAddress;
            verdict.dnatPort = rule->dnatPort;
            f = Flow::Terminal;
            break;
        case S::UpdateSet:
            if (m_env.affinity)
                m_env.affinity->update(rule->set, packet.src, m_env.now);
            break;
        }
        if (rule->statement == S::Verdict && rule->verdict.kind == NftVerdict::Kind::Goto &&
            rule->matches.size() == 1 && rule->matches[0].kind == NftMatch::Kind::SaddrInSet)
            verdict.chosenBy = rule; // an affinity hit chose the endpoint
        if (f != Flow::Continue)
            return f;
    }
    return Flow::Continue;
}

NftConnection nftNewConnection(const NftRuleset &ruleset, NftEnvironment &environment,
                               NftPacket packet, bool locallyGenerated)
{
    NftConnection c;
    NftEvaluator evaluator(ruleset, environment);
    const auto isLocal = [&](quint32 a) {
        return environment.isLocalAddress && environment.isLocalAddress(a);
    };
    c.first = evaluator.walkHook(locallyGenerated ? QStringLiteral("output")
                                                  : QStringLiteral("prerouting"),
                                 QString(), packet);
    using K = NftTableVerdict::Kind;
    const auto stopped = [&c](const NftTableVerdict &v) {
        if (v.kind == K::Drop || v.kind == K::Reject) {
            c.outcome = v.kind == K::Drop ? NftConnection::Outcome::Dropped
                                          : NftConnection::Outcome::Rejected;
            return true;
        }
        return false;
    };
    if (stopped(c.first))
        return c;
    if (c.first.kind == K::Dnat) {
        c.outcome = NftConnection::Outcome::Dnat;
        c.endpoint = formatIPv4(c.first.dnatAddress) + u':' + QString::number(c.first.dnatPort);
    }
    if (!locallyGenerated || isLocal(packet.dst)) {
        const bool input = isLocal(packet.dst);
        c.filter = evaluator.walkHook(input ? QStringLiteral("input") : QStringLiteral("forward"),
                                      QStringLiteral("filter"), packet);
        if (stopped(c.filter)) {
            c.endpoint.clear();
            return c;
        }
    }
    c.post = evaluator.walkHook(QStringLiteral("postrouting"), QStringLiteral("nat"), packet);
    c.masqueraded = c.post.kind == K::Masquerade;
    return c;
}

} // namespace hopscope
