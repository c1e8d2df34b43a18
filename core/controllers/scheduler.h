#pragma once

// A deterministic kube-scheduler for the simulated cluster. Filters as the default profile does
// (NodeUnschedulable, TaintToleration for NoSchedule/NoExecute taints, NodeAffinity for
// spec.nodeSelector); among the nodes left it picks the one with the fewest pods so far (the
// balancing the scoring plugins aim for), ties going to the earlier node.

#include "core/model/cluster.h"
#include "core/objects/objects.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace hopscope {

class Scheduler
{
public:
    explicit Scheduler(const QList<NodeInfo> &nodes);

    // v1.Toleration.ToleratesTaint.
    static bool tolerates(const Toleration &toleration, const Taint &taint);
    static bool toleratesAll(const QList<Toleration> &tolerations, const Taint &taint);

    // Why the node cannot take the pod, in kube-scheduler's words ("node(s) were
    // unschedulable"); empty when it can.
    QString rejection(int node, const Labels &nodeSelector,
                      const QList<Toleration> &tolerations) const;

    struct Decision
    {
        int node = -1;       // index into the nodes; -1: none fits
        QString failure;     // FailedScheduling text: "0/3 nodes are available: …."
        QString explanation; // translated, for the diagnostic
    };
    // Picks a node and counts the pod on it.
    Decision schedule(const Labels &nodeSelector, const QList<Toleration> &tolerations);
    // Counts a pod placed without the scheduler (spec.nodeName, DaemonSet, a dump's pod).
    void place(int node);
    int podCount(int node) const { return m_podCount.value(node); }
    int nodeIndex(const QString &name) const;

private:
    // Pods with the same nodeSelector and tolerations see the same eligible nodes: they share a
    // min-heap of (pods on node, node index), refreshed lazily as counts grow.
    struct Group
    {
        QList<int> eligible;
        QString failure;
        QString explanation;
        std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<>>
            heap;
    };
    Group &group(const Labels &nodeSelector, const QList<Toleration> &tolerations);
    void explainFailure(Group &g, const QMap<QString, int> &reasons,
                        const Labels &nodeSelector) const;

    const QList<NodeInfo> &m_nodes; // their names do not change while the scheduler lives
    QHash<QString, int> m_nodeByName;
    QList<int> m_podCount;
    QHash<QString, Group> m_groups;
};

// The tolerations the DaemonSet controller adds to its pods
// (AddOrUpdateDaemonPodTolerations): not-ready and unreachable NoExecute, the pressure and
// unschedulable NoSchedule taints, and network-unavailable for hostNetwork pods.
QList<Toleration> daemonSetTolerations(const QList<Toleration> &own, bool hostNetwork);

} // namespace hopscope
