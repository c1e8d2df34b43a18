#include "core/controllers/podplacement.h"

#include "core/model/buildsupport.h"
#include "core/controllers/podipam.h"

#include <QCoreApplication>
#include <QHash>

namespace hopscope {

namespace {

enum class Problem { Unschedulable, MissingNode, AddressesExhausted };

struct Group
{
    Problem problem = Problem::Unschedulable;
    int source = -1;
    int count = 0;
    QString firstPodId;
    QString firstPodName;
    QString node;
    QString explanation;
    QString hint;
    SourceLocation where;
};

QString subjectOf(const QList<PodFactory::Source> &sources, int source, const QString &podName)
{
    const PodFactory::Source *s =
        source >= 0 && source < sources.size() ? &sources[source] : nullptr;
    if (s && s->workload)
        return QStringLiteral("%1 \"%2\"")
            .arg(workloadKindName(s->workload->kind), s->workload->meta.name);
    return QStringLiteral("Pod \"%1\"").arg(podName);
}

class Problems
{
public:
    void add(Problem problem, const PodWork &pod, const QString &node, const QString &explanation,
             const QString &hint)
    {
        const QString key = QStringLiteral("%1/%2/%3").arg(int(problem)).arg(pod.source).arg(node);
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            Group g;
            g.problem = problem;
            g.source = pod.source;
            g.firstPodId = pod.info.id;
            g.firstPodName = pod.info.name;
            g.node = node;
            g.explanation = explanation;
            g.hint = hint;
            g.where = pod.constraintWhere.isValid() ? pod.constraintWhere : pod.info.where;
            it = m_index.insert(key, int(m_groups.size()));
            m_groups << g;
        }
        ++m_groups[it.value()].count;
    }

    void report(const QList<PodFactory::Source> &sources, Diagnostics &diagnostics) const
    {
        for (const Group &g : m_groups) {
            const QString subject = subjectOf(sources, g.source, g.firstPodName);
            QString message;
            QString code;
            switch (g.problem) {
            case Problem::Unschedulable:
                code = QStringLiteral("pod-unschedulable");
                message = BuilderTr::tr("%n pod(s) of %1 stay Pending: %2.", nullptr, g.count)
                              .arg(subject, g.explanation);
                break;
            case Problem::MissingNode:
                code = QStringLiteral("pod-node-missing");
                message =
                    BuilderTr::tr("%n pod(s) of %1 name node \"%2\", which is not in the cluster; "
                                  "they stay Pending.",
                                  nullptr, g.count)
                        .arg(subject, g.node);
                break;
            case Problem::AddressesExhausted:
                code = QStringLiteral("pod-ip-exhausted");
                message = BuilderTr::tr(
                              "%n pod(s) of %1 get no IP address on node \"%2\": its pod network "
                              "is full; they stay Pending.",
                              nullptr, g.count)
                              .arg(subject, g.node);
                break;
            }
            diagnostics << Diagnostic::make(Severity::Warning, code, g.where, message, g.hint,
                                            g.firstPodId);
        }
    }

private:
    QList<Group> m_groups;
    QHash<QString, int> m_index;
};

void makePending(PodInfo &pod, bool keepNode)
{
    if (!keepNode)
        pod.nodeName.clear();
    pod.ip.clear();
    pod.phase = QStringLiteral("Pending");
    pod.ready = false;
}

} // namespace

QList<PodInfo> PodPlacement::place(QList<PodWork> &pods, QList<NodeInfo> &nodes,
                                   Scheduler &scheduler, const QList<PodFactory::Source> &sources,
                                   Diagnostics &diagnostics)
{
    PodIpam ipam(nodes);
    Problems problems;
    const QString nodeList = [&] {
        QStringList names;
        for (const NodeInfo &n : nodes)
            names << n.name;
        return BuilderTr::tr("Nodes: %1").arg(names.join(QStringLiteral(", ")));
    }();

    // A dump's pods are running already: count them and take their addresses first.
    for (PodWork &pod : pods) {
        if (!pod.fromDump || pod.info.nodeName.isEmpty())
            continue;
        const int node = scheduler.nodeIndex(pod.info.nodeName);
        if (node < 0) {
            problems.add(Problem::MissingNode, pod, pod.info.nodeName, QString(), nodeList);
            makePending(pod.info, false);
            continue;
        }
        scheduler.place(node);
        if (!pod.info.ip.isEmpty() && !pod.info.hostNetwork)
            ipam.reserve(pod.info.nodeName, pod.info.ip);
        if (pod.info.hostNetwork && pod.info.ip.isEmpty())
            pod.info.ip = nodes[node].internalIP;
    }

    for (PodWork &pod : pods) {
        if (pod.fromDump)
            continue;
        int node = -1;
        if (!pod.fixedNode.isEmpty()) {
            node = scheduler.nodeIndex(pod.fixedNode);
            if (node < 0) {
                problems.add(Problem::MissingNode, pod, pod.fixedNode, QString(), nodeList);
                makePending(pod.info, false);
                continue;
            }
            scheduler.place(node); // spec.nodeName bypasses the scheduler
        } else {
            const Scheduler::Decision decision =
                scheduler.schedule(pod.nodeSelector, pod.tolerations);
            if (decision.node < 0) {
                problems.add(Problem::Unschedulable, pod, QString(), decision.explanation,
                             BuilderTr::tr("kube-scheduler: %1").arg(decision.failure));
                makePending(pod.info, false);
                continue;
            }
            node = decision.node;
        }
        PodInfo &info = pod.info;
        info.nodeName = nodes[node].name;
        info.phase = QStringLiteral("Running");
        info.ready = true;
        if (info.hostNetwork) {
            info.ip = nodes[node].internalIP;
            continue;
        }
        const std::optional<QString> ip = ipam.allocate(node);
        if (!ip) {
            const QString range = ipam.rangeText(info.nodeName);
            problems.add(Problem::AddressesExhausted, pod, info.nodeName, QString(),
                         range.isEmpty()
                             ? BuilderTr::tr("The node has no pod network (podCIDR).")
                             : QStringLiteral("failed to allocate for range 0: no IP addresses "
                                              "available in range set: ") +
                                   range);
            makePending(info, true);
            continue;
        }
        info.ip = *ip;
    }
    problems.report(sources, diagnostics);
    // Only the IPAM state changes: the scheduler keeps its reference to the same nodes.
    for (NodeInfo &node : nodes)
        node.lastReservedIP = ipam.lastReserved(node.name);

    QList<PodInfo> out;
    out.reserve(pods.size());
    for (const PodWork &pod : std::as_const(pods))
        if (!pod.info.nodeName.isEmpty())
            out << pod.info;
    for (const PodWork &pod : std::as_const(pods))
        if (pod.info.nodeName.isEmpty())
            out << pod.info;
    return out;
}

} // namespace hopscope
