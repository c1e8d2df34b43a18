#include "scheduler.h"

#include "buildsupport.h"

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
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].name == name)
            return i;
    return -1;
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
    QList<Taint> taints = node.taints;
    if (!node.ready)
        taints << Taint{kNotReadyTaint, QString(), QStringLiteral("NoSchedule")};
    for (const Taint &taint : std::as_const(taints)) {
        if (taint.effect != u"NoSchedule" && taint.effect != u"NoExecute")
            continue;
        if (!toleratesAll(tolerations, taint))
            return QStringLiteral("node(s) had untolerated taint {%1: %2}")
                .arg(taint.key, taint.value);
    }
    // NodeAffinity (spec.nodeSelector)
    for (auto it = nodeSelector.cbegin(); it != nodeSelector.cend(); ++it) {
        const auto label = node.labels.constFind(it.key());
        if (label == node.labels.cend() || label.value() != it.value())
            return QStringLiteral("node(s) didn't match Pod's node affinity/selector");
    }
    return QString();
}

Scheduler::Decision Scheduler::schedule(const Labels &nodeSelector,
                                        const QList<Toleration> &tolerations)
{
    Decision decision;
    QMap<QString, int> reasons; // reason → number of nodes
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QString why = rejection(i, nodeSelector, tolerations);
        if (!why.isEmpty()) {
            ++reasons[why];
            continue;
        }
        if (decision.node < 0 || m_podCount[i] < m_podCount[decision.node])
            decision.node = i;
    }
    if (decision.node >= 0) {
        place(decision.node);
        return decision;
    }

    // FitError.Error(): "0/N nodes are available: " + sorted "<count> <reason>" + "."
    QStringList histogram;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        histogram << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    std::sort(histogram.begin(), histogram.end());
    decision.failure = m_nodes.isEmpty() ? QStringLiteral("no nodes available to schedule pods")
                                         : QStringLiteral("0/%1 nodes are available: %2.")
                                               .arg(m_nodes.size())
                                               .arg(histogram.join(QStringLiteral(", ")));

    // A plain-language reason for the most common case.
    const int n = int(m_nodes.size());
    const QString selectorReason =
        QStringLiteral("node(s) didn't match Pod's node affinity/selector");
    if (!nodeSelector.isEmpty() && reasons.value(selectorReason) == n)
        decision.explanation =
            builderTr("nodeSelector %1 matches no node").arg(selectorText(nodeSelector));
    else if (reasons.size() == 1 && reasons.firstKey().startsWith(u"node(s) had untolerated"))
        decision.explanation = builderTr("every node has a taint the pod does not tolerate");
    else if (reasons.size() == 1 && reasons.firstKey() == u"node(s) were unschedulable")
        decision.explanation = builderTr("every node is cordoned (unschedulable)");
    else
        decision.explanation = builderTr("no node passes the scheduler's filters");
    return decision;
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
