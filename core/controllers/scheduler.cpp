#include "core/controllers/scheduler.h"

#include "core/model/buildsupport.h"

#include <QMap>

#include <algorithm>

namespace hopscope {

namespace {

const QString kUnschedulableTaint = QStringLiteral("node.kubernetes.io/unschedulable");
const QString kNotReadyTaint = QStringLiteral("node.kubernetes.io/not-ready");

QString selectorText(const Labels &selector)
{
    QStringList parts;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u',');
}

} // namespace

Scheduler::Scheduler(const QList<NodeInfo> &nodes) : m_nodes(nodes)
{
    m_podCount.fill(0, nodes.size());
    m_nodeByName.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        if (!m_nodeByName.contains(nodes[i].name))
            m_nodeByName.insert(nodes[i].name, i); // the first node of a name, as a scan finds
}

bool Scheduler::tolerates(const Toleration &t, const Taint &taint)
{
    if (!t.effect.isEmpty() && t.effect != taint.effect)
        return false;
    if (!t.key.isEmpty() && t.key != taint.key)
        return false;
    if (t.op.isEmpty() || t.op == u"Equal")
        return t.value == taint.value;
    return t.op == u"Exists";
}

bool Scheduler::toleratesAll(const QList<Toleration> &tolerations, const Taint &taint)
{
    return std::any_of(tolerations.cbegin(), tolerations.cend(),
                       [&](const Toleration &t) { return tolerates(t, taint); });
}

int Scheduler::nodeIndex(const QString &name) const
{
    // A hash: a dump's 150,000 pods each name their node among 5,000 (a scan was 80% of the
    // build).
    return m_nodeByName.value(name, -1);
}

QString Scheduler::rejection(int index, const Labels &nodeSelector,
                             const QList<Toleration> &tolerations) const
{
    const NodeInfo &node = m_nodes[index];
    // NodeUnschedulable
    if (node.unschedulable && !toleratesAll(tolerations, Taint{kUnschedulableTaint, QString(),
                                                               QStringLiteral("NoSchedule")}))
        return QStringLiteral("node(s) were unschedulable");
    // TaintToleration: the first NoSchedule/NoExecute taint the pod does not tolerate. A node
    // that is not Ready carries the not-ready taint (the node lifecycle controller adds it).
    for (const Taint &taint : node.taints) {
        if (taint.effect != u"NoSchedule" && taint.effect != u"NoExecute")
            continue;
        if (!toleratesAll(tolerations, taint))
            return QStringLiteral("node(s) had untolerated taint {%1: %2}")
                .arg(taint.key, taint.value);
    }
    if (!node.ready) {
        const Taint notReady{kNotReadyTaint, QString(), QStringLiteral("NoSchedule")};
        if (!toleratesAll(tolerations, notReady))
            return QStringLiteral("node(s) had untolerated taint {%1: }").arg(kNotReadyTaint);
    }
    // NodeAffinity (spec.nodeSelector)
    for (auto it = nodeSelector.cbegin(); it != nodeSelector.cend(); ++it) {
        const auto label = node.labels.constFind(it.key());
        if (label == node.labels.cend() || label.value() != it.value())
            return QStringLiteral("node(s) didn't match Pod's node affinity/selector");
    }
    return QString();
}

Scheduler::Group &Scheduler::group(const Labels &nodeSelector, const QList<Toleration> &tolerations)
{
    QString key;
    for (auto it = nodeSelector.cbegin(); it != nodeSelector.cend(); ++it)
        key += it.key() + u'\x1f' + it.value() + u'\x1e';
    key += u'\x1d';
    for (const Toleration &t : tolerations)
        key += t.key + u'\x1f' + t.op + u'\x1f' + t.value + u'\x1f' + t.effect + u'\x1e';
    auto it = m_groups.find(key);
    if (it != m_groups.end())
        return it.value();

    Group g;
    QMap<QString, int> reasons; // reason → number of nodes
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QString why = rejection(i, nodeSelector, tolerations);
        if (why.isEmpty()) {
            g.eligible << i;
            g.heap.emplace(m_podCount[i], i);
        } else {
            ++reasons[why];
        }
    }
    if (g.eligible.isEmpty())
        explainFailure(g, reasons, nodeSelector);
    return m_groups.insert(key, std::move(g)).value();
}

void Scheduler::explainFailure(Group &g, const QMap<QString, int> &reasons,
                               const Labels &nodeSelector) const
{
    // FitError.Error(): "0/N nodes are available: " + sorted "<count> <reason>" + "."
    QStringList histogram;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        histogram << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    std::sort(histogram.begin(), histogram.end());
    g.failure = m_nodes.isEmpty() ? QStringLiteral("no nodes available to schedule pods")
                                  : QStringLiteral("0/%1 nodes are available: %2.")
                                        .arg(m_nodes.size())
                                        .arg(histogram.join(QStringLiteral(", ")));

    // A plain-language reason for the common cases.
    const int n = int(m_nodes.size());
    const QString selectorReason =
        QStringLiteral("node(s) didn't match Pod's node affinity/selector");
    if (!nodeSelector.isEmpty() && reasons.value(selectorReason) == n)
        g.explanation =
            BuilderTr::tr("nodeSelector %1 matches no node").arg(selectorText(nodeSelector));
    else if (reasons.size() == 1 && reasons.firstKey().startsWith(u"node(s) had untolerated"))
        g.explanation = BuilderTr::tr("every node has a taint the pod does not tolerate");
    else if (reasons.size() == 1 && reasons.firstKey() == u"node(s) were unschedulable")
        g.explanation = BuilderTr::tr("every node is cordoned (unschedulable)");
    else
        g.explanation = BuilderTr::tr("no node passes the scheduler's filters");
}

Scheduler::Decision Scheduler::schedule(const Labels &nodeSelector,
                                        const QList<Toleration> &tolerations)
{
    Group &g = group(nodeSelector, tolerations);
    Decision decision;
    if (g.eligible.isEmpty()) {
        decision.failure = g.failure;
        decision.explanation = g.explanation;
        return decision;
    }
    // The fewest pods, then the earlier node. Entries are never above the node's count, so the
    // first entry that is up to date is the minimum.
    while (true) {
        const auto [count, node] = g.heap.top();
        g.heap.pop();
        if (count != m_podCount[node]) {
            g.heap.emplace(m_podCount[node], node);
            continue;
        }
        place(node);
        g.heap.emplace(m_podCount[node], node);
        decision.node = node;
        return decision;
    }
}

void Scheduler::place(int node)
{
    if (node >= 0 && node < m_podCount.size())
        ++m_podCount[node];
}

QList<Toleration> daemonSetTolerations(const QList<Toleration> &own, bool hostNetwork)
{
    QList<Toleration> out = own;
    auto add = [&](const char *key, const char *effect) {
        out << Toleration{QString::fromLatin1(key), QStringLiteral("Exists"), QString(),
                          QString::fromLatin1(effect)};
    };
    add("node.kubernetes.io/not-ready", "NoExecute");
    add("node.kubernetes.io/unreachable", "NoExecute");
    add("node.kubernetes.io/disk-pressure", "NoSchedule");
    add("node.kubernetes.io/memory-pressure", "NoSchedule");
    add("node.kubernetes.io/pid-pressure", "NoSchedule");
    add("node.kubernetes.io/unschedulable", "NoSchedule");
    if (hostNetwork)
        add("node.kubernetes.io/network-unavailable", "NoSchedule");
    return out;
}

} // namespace hopscope
