#include "core/classroom/quiz.h"

#include "core/base/koreanparticles.h"
#include "core/base/stablehash.h"
#include "core/model/serviceendpoints.h"

#include <QCoreApplication>
#include <QSet>

namespace hopscope {

namespace {

// lupdate files QuizTr::tr() texts under the context they are looked up in at run time.
class QuizTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Quiz)
};

// splitmix64 (core/base/stablehash.h): the same shuffles on every platform.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next() { return splitmix64(&m_state); }
    template <typename T> void shuffle(QList<T> *list)
    {
        for (qsizetype i = list->size() - 1; i > 0; --i)
            list->swapItemsAt(i, qsizetype(next() % quint64(i + 1)));
    }

private:
    quint64 m_state;
};

QString address(const QString &ip, int port)
{
    return port > 0 ? ip + u':' + QString::number(port) : ip;
}

QString placeLabel(const Cluster &cluster, const QString &entity)
{
    if (entity == u"client")
        return QuizTr::tr("the client (%1)").arg(cluster.clientIP);
    if (entity.startsWith(u"lb/")) {
        const QString id = QStringLiteral("svc/") + entity.mid(3);
        const ServiceInfo *s = cluster.service(id);
        const QString ip =
            s && !s->loadBalancerIPs.isEmpty() ? s->loadBalancerIPs.first() : QString();
        return ip.isEmpty() ? QuizTr::tr("load balancer %1").arg(entity.section(u'/', 2))
                            : QuizTr::tr("load balancer %1 (%2)").arg(entity.section(u'/', 2), ip);
    }
    if (const NodeInfo *n = cluster.node(entity))
        return QuizTr::tr("node %1 (%2)").arg(n->name, n->internalIP);
    if (const PodInfo *p = cluster.pod(entity))
        return p->ip.isEmpty() ? QuizTr::tr("pod %1").arg(p->name)
                               : QuizTr::tr("pod %1 (%2)").arg(p->name, p->ip);
    return entity;
}

// The Services the trace went through up to `hop` (the hops name them), the latest first. The
// DNS lookup's Service counts only for the DNS hops themselves.
QStringList servicesOf(const Trace &trace, int hop)
{
    const bool dnsHop = hop >= 0 && hop < trace.hops.size() &&
                        (trace.hops[hop].action == HopAction::DnsQuery ||
                         trace.hops[hop].action == HopAction::DnsAnswer);
    QStringList out;
    for (int i = std::min(hop, int(trace.hops.size()) - 1); i >= 0; --i) {
        const Hop &h = trace.hops[i];
        const bool dns = h.action == HopAction::DnsQuery || h.action == HopAction::DnsAnswer;
        if (!h.serviceId.isEmpty() && dns == dnsHop && !out.contains(h.serviceId))
            out << h.serviceId;
    }
    return out;
}

QStringList podsOfService(const Cluster &cluster, const QString &serviceId)
{
    QStringList out;
    if (const ServiceInfo *s = cluster.service(serviceId))
        for (const auto &list : s->endpoints)
            for (const EndpointInfo &e : usableEndpoints(list))
                if (!e.podId.isEmpty() && !out.contains(e.podId))
                    out << e.podId;
    return out;
}

// Picks up to `count` wrong choices, one bucket after the other in turns (each bucket
// shuffled), so that they are of different kinds when the cluster allows.
QStringList pickDistractors(QList<QStringList> buckets, const QString &answer, int count,
                            Random *random)
{
    QSet<QString> seen{answer};
    for (QStringList &bucket : buckets) {
        QStringList unique;
        for (const QString &c : std::as_const(bucket))
            if (!c.isEmpty() && !seen.contains(c) && !unique.contains(c))
                unique << c;
        random->shuffle(&unique);
        bucket = unique;
    }
    QStringList out;
    for (bool any = true; any && out.size() < count;) {
        any = false;
        for (QStringList &bucket : buckets) {
            while (!bucket.isEmpty() && out.size() < count) {
                const QString c = bucket.takeFirst();
                if (seen.contains(c))
                    continue;
                seen.insert(c);
                out << c;
                any = true;
                break;
            }
        }
    }
    return out;
}

bool isRewrite(const Hop &hop)
{
    switch (hop.action) {
    case HopAction::Dnat:
    case HopAction::Snat:
    case HopAction::UnDnat:
    case HopAction::UnSnat:
        return !(hop.before == hop.after);
    default:
        return false;
    }
}

// Which side a rewrite question asks about: DNAT and un-SNAT change the destination, SNAT the
// source, un-DNAT the source (the pod's address becomes the Service's again).
bool asksDestination(const Hop &hop)
{
    const bool dstChanged =
        hop.before.dstIP != hop.after.dstIP || hop.before.dstPort != hop.after.dstPort;
    const bool srcChanged =
        hop.before.srcIP != hop.after.srcIP || hop.before.srcPort != hop.after.srcPort;
    switch (hop.action) {
    case HopAction::Snat:
        return !srcChanged;
    case HopAction::UnDnat:
        return !srcChanged && dstChanged;
    default:
        return dstChanged || !srcChanged;
    }
}

std::optional<QuizQuestion> rewriteQuestion(const Trace &trace, const Cluster &cluster,
                                            const Hop &hop, Random *random)
{
    const bool dst = asksDestination(hop);
    const QString answer = dst ? address(hop.after.dstIP, hop.after.dstPort)
                               : address(hop.after.srcIP, hop.after.srcPort);
    const QString unchanged = dst ? address(hop.before.dstIP, hop.before.dstPort)
                                  : address(hop.before.srcIP, hop.before.srcPort);
    const int answerPort = dst ? hop.after.dstPort : hop.after.srcPort;
    const int unchangedPort = dst ? hop.before.dstPort : hop.before.srcPort;
    const QString answerIP = dst ? hop.after.dstIP : hop.after.srcIP;
    const QString unchangedIP = dst ? hop.before.dstIP : hop.before.srcIP;

    const QStringList services =
        hop.serviceId.isEmpty() ? servicesOf(trace, hop.index) : QStringList{hop.serviceId};
    QStringList endpoints; // other endpoints of the Service, and its own addresses
    QStringList wrongPort; // the right address with the port it had, or the Service's
    QStringList nodes;
    for (const QString &id : std::as_const(services)) {
        const ServiceInfo *s = cluster.service(id);
        if (!s)
            continue;
        for (qsizetype i = 0; i < s->ports.size(); ++i) {
            for (const EndpointInfo &e : s->endpoints.value(i))
                endpoints << address(e.ip, e.port);
            if (!s->isHeadless() && !s->clusterIP.isEmpty())
                endpoints << address(s->clusterIP, s->ports[i].port);
            wrongPort << address(answerIP, s->ports[i].port);
        }
    }
    wrongPort << address(answerIP, unchangedPort);
    QStringList here;  // a source rewrite (masquerade) takes an address of its node: that
    QStringList there; // node's other addresses, then the other nodes', are plausible
    for (const NodeInfo &n : cluster.nodes) {
        nodes << address(n.internalIP, dst ? unchangedPort : answerPort);
        if (n.name == hop.node)
            here << address(n.internalIP, answerPort) << address(n.bridgeIP, answerPort);
        else
            there << address(n.bridgeIP, answerPort) << address(n.internalIP, answerPort);
    }
    const QStringList wrong =
        hop.action != HopAction::Snat
            ? pickDistractors({{unchanged}, endpoints, nodes, wrongPort}, answer, 3, random)
            : pickDistractors({{unchanged}, here, there, endpoints}, answer, 3, random);
    if (wrong.size() < 2 || unchanged.isEmpty() || unchangedIP.isEmpty())
        return std::nullopt;

    QuizQuestion q;
    q.kind = QuizQuestion::Kind::Rewrite;
    q.hop = hop.index;
    const QString rule = hop.actionLabel();
    q.prompt = dst ? QuizTr::tr("%1 on %2: the destination is %3. What does it become?")
                         .arg(rule, hop.node.isEmpty() ? placeLabel(cluster, hop.entity) : hop.node,
                              unchanged)
                   : QuizTr::tr("%1 on %2: the source is %3. What does it become?")
                         .arg(rule, hop.node.isEmpty() ? placeLabel(cluster, hop.entity) : hop.node,
                              unchanged);
    q.keys = wrong;
    q.keys << answer;
    random->shuffle(&q.keys);
    q.choices = q.keys;
    q.answer = int(q.keys.indexOf(answer));
    q.explanation = hop.explanation;
    return q;
}

std::optional<QuizQuestion> placeQuestion(const Trace &trace, const Cluster &cluster,
                                          const Hop &hop, const Hop &previous, Random *random)
{
    const QString answer = hop.entity;
    QStringList pods;
    for (const QString &svc : servicesOf(trace, hop.index))
        pods += podsOfService(cluster, svc);
    if (const PodInfo *p = cluster.pod(answer)) {
        // Its workload's other replicas are the most plausible wrong pods.
        for (const PodInfo &other : cluster.pods)
            if (!other.ownerName.isEmpty() && other.ownerName == p->ownerName && other.ns == p->ns)
                pods << other.id;
    }
    QStringList nodes;
    if (const PodInfo *p = cluster.pod(answer))
        if (const NodeInfo *n = cluster.node(p->nodeName))
            nodes << n->id;
    for (const NodeInfo &n : cluster.nodes)
        if (n.ready)
            nodes << n.id;
    QStringList others{previous.entity};
    if (answer != u"client")
        others << QStringLiteral("client");
    const QStringList wrong = pickDistractors({pods, nodes, others}, answer, 3, random);
    if (wrong.size() < 2)
        return std::nullopt;

    QuizQuestion q;
    q.kind = QuizQuestion::Kind::NextPlace;
    q.hop = hop.index;
    q.prompt = hop.reply ? QuizTr::tr("The reply leaves %1. Where does it go next?")
                               .arg(placeLabel(cluster, previous.entity))
                         : QuizTr::tr("The packet leaves %1. Where does it go next?")
                               .arg(placeLabel(cluster, previous.entity));
    q.keys = wrong;
    q.keys << answer;
    random->shuffle(&q.keys);
    for (const QString &key : std::as_const(q.keys))
        q.choices << placeLabel(cluster, key);
    q.answer = int(q.keys.indexOf(answer));
    q.explanation = hop.explanation;
    return q;
}

} // namespace

std::optional<QuizQuestion> quizQuestion(const Trace &trace, const Cluster &cluster, int hop,
                                         quint64 seed)
{
    if (hop <= 0 || hop >= trace.hops.size())
        return std::nullopt; // the first hop is the sender: the student chose it
    // One stream per (seed, hop): a question does not depend on the ones asked before it.
    Random random(seed * 0x100000001B3ULL + quint64(hop));
    const Hop &h = trace.hops[hop];
    const Hop &previous = trace.hops[hop - 1];
    std::optional<QuizQuestion> q;
    if (isRewrite(h))
        q = rewriteQuestion(trace, cluster, h, &random);
    else if (!h.entity.isEmpty() && h.entity != previous.entity)
        q = placeQuestion(trace, cluster, h, previous, &random);
    if (q && korean::inUse()) {
        korean::finish(q->prompt, true);
        for (QString &choice : q->choices)
            korean::finish(choice, true);
        korean::finish(q->explanation, true);
    }
    return q;
}

QList<QuizQuestion> quizQuestions(const Trace &trace, const Cluster &cluster, quint64 seed)
{
    QList<QuizQuestion> out;
    for (int i = 0; i < trace.hops.size(); ++i)
        if (auto q = quizQuestion(trace, cluster, i, seed))
            out << *q;
    return out;
}

bool QuizScore::answer(const QuizQuestion &question, int choice)
{
    const bool right = question.isCorrect(choice);
    if (m_answered.contains(question.hop))
        return right;
    m_answered << question.hop;
    ++m_attempted;
    if (right)
        ++m_correct;
    else
        m_missed << question.hop;
    return right;
}

void QuizScore::reset()
{
    *this = QuizScore();
}

QString QuizScore::text() const
{
    return QuizTr::tr("%1 of %2 right").arg(m_correct).arg(m_attempted);
}

QString QuizScore::summary(const Trace &trace) const
{
    const int percent = m_attempted > 0 ? (100 * m_correct + m_attempted / 2) / m_attempted : 0;
    QString s =
        QuizTr::tr("Quiz: %1 of %2 right (%3 %).").arg(m_correct).arg(m_attempted).arg(percent);
    QStringList missed;
    for (const int hop : m_missed)
        if (hop >= 0 && hop < trace.hops.size())
            missed << QuizTr::tr("hop %1 (%2)").arg(hop + 1).arg(trace.hops[hop].actionLabel());
    if (!missed.isEmpty())
        s += u' ' + QuizTr::tr("Missed: %1.").arg(missed.join(QStringLiteral(", ")));
    return korean::finished(s, korean::inUse());
}

} // namespace hopscope
