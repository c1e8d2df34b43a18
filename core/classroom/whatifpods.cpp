// The pod what-ifs: DeletePod, ScaleWorkload, NodeDown, NodeUp. Each one changes the cluster the
// way a user or a failure would (a pod gone, a replica count, a node's readiness), then lets the
// control plane react through the builder's own stages: the workload controllers create or
// remove pods (WorkloadController), kube-scheduler places them (Scheduler via PodPlacement), the
// node's host-local IPAM gives addresses round robin (PodIpam) and the endpoint controller
// recomputes the endpoints of the Services that select a pod that came or went.

#include "core/classroom/whatif_p.h"

#include "core/controllers/endpointcontroller.h"
#include "core/base/ipv4.h"
#include "core/controllers/podfactory.h"
#include "core/controllers/podnames.h"
#include "core/controllers/podplacement.h"
#include "core/controllers/podwork.h"
#include "core/controllers/scheduler.h"
#include "core/controllers/workloadcontroller.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace hopscope::whatif {

namespace {

const QString kDeployment = QStringLiteral("Deployment");
// The most pods the workload controllers keep in all (the builder's guard against hostile
// replica counts; to become ClusterSettings::maxWorkloadPods where the settings carry it).
constexpr int kMaxWorkloadPods = 200000;
const QString kStatefulSet = QStringLiteral("StatefulSet");
const QString kDaemonSet = QStringLiteral("DaemonSet");

int indexOfNode(const Cluster &c, const QString &idOrName)
{
    for (int i = 0; i < c.nodes.size(); ++i)
        if (c.nodes[i].id == idOrName || c.nodes[i].name == idOrName)
            return i;
    return -1;
}

int indexOfPod(const Cluster &c, const QString &id)
{
    for (int i = 0; i < c.pods.size(); ++i)
        if (c.pods[i].id == id)
            return i;
    return -1;
}

int indexOfWorkload(const Cluster &c, const QString &id)
{
    for (int i = 0; i < c.workloads.size(); ++i)
        if (c.workloads[i].id == id)
            return i;
    return -1;
}

// The owner a workload's pods name: a ReplicaSet that a Deployment owns names the Deployment
// (as WorkloadController::podFromTemplate writes it).
std::pair<QString, QString> podOwner(const WorkloadInfo &w)
{
    const ObjectMeta &meta = w.object.meta;
    if (w.object.kind == WorkloadKind::ReplicaSet && meta.ownerKind == kDeployment &&
        !meta.ownerName.isEmpty())
        return {meta.ownerKind, meta.ownerName};
    return {w.kind, w.name};
}

bool owns(const WorkloadInfo &w, const PodInfo &pod)
{
    if (pod.ns != w.ns)
        return false;
    const auto [kind, name] = podOwner(w);
    return pod.ownerKind == kind && pod.ownerName == name;
}

int workloadOf(const Cluster &c, const PodInfo &pod)
{
    if (pod.ownerKind.isEmpty())
        return -1;
    for (int i = 0; i < c.workloads.size(); ++i)
        if (owns(c.workloads[i], pod))
            return i;
    return -1;
}

// A StatefulSet pod's ordinal ("web-2" → 2); -1 when the name has none.
int ordinalOf(const WorkloadInfo &w, const PodInfo &pod)
{
    const QString prefix = w.name + u'-';
    if (!pod.name.startsWith(prefix))
        return -1;
    bool ok = false;
    const int n = pod.name.mid(prefix.size()).toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

bool selects(const ServiceInfo &service, const PodInfo &pod)
{
    if (!service.hasSelector || service.ns != pod.ns || service.type == ServiceType::ExternalName)
        return false;
    for (auto it = service.selector.cbegin(); it != service.selector.cend(); ++it) {
        const auto label = pod.labels.constFind(it.key());
        if (label == pod.labels.cend() || label.value() != it.value())
            return false;
    }
    return true;
}

QString workloadText(const WorkloadInfo &w)
{
    return w.kind + u' ' + w.name;
}

// ReplicaSet scale-down order (controller.ActivePodsWithRanks, simplified): pods not on a node
// first, then Pending, then not ready, then those sharing a node with more of their siblings,
// then the newest (later in the cluster's pod list).
QList<int> scaleDownOrder(const QList<PodInfo> &pods, const QList<int> &mine)
{
    QHash<QString, int> perNode;
    for (const int i : mine)
        ++perNode[pods[i].nodeName];
    QList<int> order = mine;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const PodInfo &pa = pods[a];
        const PodInfo &pb = pods[b];
        const auto key = [&](const PodInfo &p, int index) {
            return std::tuple(p.nodeName.isEmpty() ? 0 : 1, p.phase == u"Pending" ? 0 : 1,
                              p.ready ? 1 : 0, -perNode.value(p.nodeName), -index);
        };
        return key(pa, a) < key(pb, b);
    });
    return order;
}

class PodEdit
{
public:
    PodEdit(const Cluster &before, Diagnostics &problems)
        : m_before(before), m_out(before), m_problems(problems)
    {}

    Cluster &out() { return m_out; }
    void remove(const PodInfo &pod) { m_removed.insert(pod.id); }
    void touch(int workload)
    {
        if (workload >= 0 && !m_touched.contains(workload))
            m_touched << workload;
    }
    void touchDaemonSets()
    {
        for (int i = 0; i < m_out.workloads.size(); ++i)
            if (m_out.workloads[i].kind == kDaemonSet)
                touch(i);
    }
    void retryAllPending() { m_retryAll = true; }
    void explain(Severity severity, const QString &code, const QString &message,
                 const QString &entity)
    {
        m_problems << whatIfDiagnostic(severity, code, message, entity);
    }

    Cluster finish();

private:
    void scaleDown(QList<PodInfo> &remaining, QList<PodInfo> &removed);
    void guessIpamCursors();
    void create(WorkloadController &controller, const QList<PodInfo> &remaining,
                QList<PodWork> &works, int generation);
    void recomputeEndpoints(const QList<PodInfo> &changed);

    const Cluster &m_before;
    Cluster m_out;
    Diagnostics &m_problems;
    QSet<QString> m_removed;
    QList<int> m_touched;
    bool m_retryAll = false;
};

void PodEdit::scaleDown(QList<PodInfo> &remaining, QList<PodInfo> &removed)
{
    QSet<int> drop;
    for (const int wi : std::as_const(m_touched)) {
        const WorkloadInfo &w = m_out.workloads[wi];
        if (w.kind == kDaemonSet)
            continue;
        QList<int> mine;
        for (int i = 0; i < remaining.size(); ++i)
            if (owns(w, remaining[i]))
                mine << i;
        if (w.kind == kStatefulSet) {
            // The highest ordinals go first (and every ordinal at or above the replicas).
            for (const int i : std::as_const(mine))
                if (ordinalOf(w, remaining[i]) >= w.replicas)
                    drop.insert(i);
            continue;
        }
        const QList<int> order = scaleDownOrder(remaining, mine);
        for (qsizetype k = 0; k < order.size() - w.replicas; ++k)
            drop.insert(order[k]);
    }
    if (drop.isEmpty())
        return;
    QList<PodInfo> kept;
    for (int i = 0; i < remaining.size(); ++i) {
        if (!drop.contains(i)) {
            kept << remaining[i];
            continue;
        }
        removed << remaining[i];
        const int wi = workloadOf(m_out, remaining[i]);
        explain(
            Severity::Info, QStringLiteral("whatif-pod-removed"),
            WhatIfTr::tr("%1 removes pod %2.")
                .arg(wi >= 0 ? workloadText(m_out.workloads[wi]) : QString(), remaining[i].name),
            remaining[i].id);
    }
    remaining = kept;
}

// host-local keeps its last reserved address on disk; a cluster dump does not show it. Where
// the snapshot has none, take the highest address a pod on the node had.
void PodEdit::guessIpamCursors()
{
    for (NodeInfo &node : m_out.nodes) {
        if (!node.lastReservedIP.isEmpty())
            continue;
        quint32 highest = 0;
        for (const PodInfo &pod : m_before.pods) {
            if (pod.nodeName != node.name || pod.hostNetwork)
                continue;
            if (const auto ip = parseIPv4(pod.ip))
                highest = std::max(highest, *ip);
        }
        if (highest != 0)
            node.lastReservedIP = formatIPv4(highest);
    }
}

void PodEdit::create(WorkloadController &controller, const QList<PodInfo> &remaining,
                     QList<PodWork> &works, int generation)
{
    for (const int wi : std::as_const(m_touched)) {
        const WorkloadInfo &w = m_out.workloads[wi];
        const WorkloadController::Plan plan = WorkloadController::plan(w.object, w.templateHash);
        QList<const PodInfo *> mine;
        for (const PodInfo &pod : remaining)
            if (owns(w, pod))
                mine << &pod;
        QList<int> indexes; // what createPod is asked for
        if (w.kind == kDaemonSet) {
            QSet<QString> covered;
            for (const PodInfo *pod : std::as_const(mine))
                covered.insert(pod->nodeName);
            for (int n = 0; n < m_out.nodes.size(); ++n)
                if (!covered.contains(m_out.nodes[n].name))
                    indexes << n;
        } else if (w.kind == kStatefulSet) {
            QSet<int> have;
            for (const PodInfo *pod : std::as_const(mine))
                have.insert(ordinalOf(w, *pod));
            for (int o = 0; o < w.replicas; ++o)
                if (!have.contains(o))
                    indexes << o;
        } else {
            for (qsizetype k = 0; k < w.replicas - mine.size(); ++k)
                indexes << int(k);
        }
        for (const int index : std::as_const(indexes)) {
            std::optional<PodWork> pod =
                controller.createPod(w.object, plan, index, wi, w.system, generation);
            if (pod)
                works << std::move(*pod);
        }
    }
}

void PodEdit::recomputeEndpoints(const QList<PodInfo> &changed)
{
    if (changed.isEmpty())
        return;
    const EndpointController controller(m_out.pods);
    for (ServiceInfo &service : m_out.services) {
        const bool affected = std::any_of(changed.cbegin(), changed.cend(),
                                          [&](const PodInfo &p) { return selects(service, p); });
        if (!affected)
            continue;
        controller.computeFromSelector(service);
        service.endpointsFromManifest = false; // the endpoint controller's now
    }
}

Cluster PodEdit::finish()
{
    QList<PodInfo> remaining;
    QList<PodInfo> removed;
    for (const PodInfo &pod : std::as_const(m_out.pods))
        (m_removed.contains(pod.id) ? removed : remaining) << pod;
    std::sort(m_touched.begin(), m_touched.end());
    scaleDown(remaining, removed);

    // Names stay unique, and a replaced pod's name is not given again (a StatefulSet's is).
    PodNamer namer;
    for (const PodInfo &pod : std::as_const(remaining))
        namer.reserve(pod.ns, pod.name);
    for (const PodInfo &pod : std::as_const(removed)) {
        const int wi = workloadOf(m_out, pod);
        if (wi < 0 || m_out.workloads[wi].kind != kStatefulSet)
            namer.reserve(pod.ns, pod.name);
    }
    guessIpamCursors();

    Scheduler scheduler(m_out.nodes);
    WorkloadController controller(m_out.nodes, scheduler, namer);
    const int generation = m_out.generation + 1;

    QList<PodWork> works;
    QSet<QString> existing;
    for (const PodInfo &pod : std::as_const(remaining)) {
        existing.insert(pod.id);
        const int wi = pod.nodeName.isEmpty() ? workloadOf(m_out, pod) : -1;
        const bool retry = wi >= 0 && m_out.workloads[wi].kind != kDaemonSet &&
                           (m_retryAll || m_touched.contains(wi));
        if (retry) {
            // Still Pending: the scheduler tries again, with the template's constraints.
            const WorkloadInfo &w = m_out.workloads[wi];
            PodWork work = controller.podFromTemplate(w.object, pod.name, pod.labels, wi, w.system);
            work.info = pod;
            works << work;
            continue;
        }
        PodWork work; // running (or left Pending): stays as it is, as a dump's pod does
        work.info = pod;
        work.fromDump = true;
        works << work;
    }
    const qsizetype kept = works.size();
    create(controller, remaining, works, generation);
    const bool created = works.size() > kept;

    QList<PodFactory::Source> sources;
    for (const WorkloadInfo &w : std::as_const(m_out.workloads))
        sources << PodFactory::Source{nullptr, &w.object, w.system};
    m_out.pods = PodPlacement::place(works, m_out.nodes, scheduler, sources, m_problems);
    if (created)
        m_out.generation = generation;

    // What changed, for the endpoints and the explanation.
    QList<PodInfo> changed = removed;
    QHash<QString, const PodInfo *> old;
    for (const PodInfo &pod : m_before.pods)
        old.insert(pod.id, &pod);
    for (const PodInfo &pod : std::as_const(m_out.pods)) {
        const PodInfo *was = old.value(pod.id);
        if (was && *was == pod && existing.contains(pod.id))
            continue;
        changed << pod;
        if (existing.contains(pod.id) && was && was->nodeName == pod.nodeName)
            continue; // still where it was (a retried pod still Pending)
        const int wi = workloadOf(m_out, pod);
        if (wi < 0 || pod.nodeName.isEmpty())
            continue;
        explain(Severity::Info, QStringLiteral("whatif-pod-created"),
                pod.hostNetwork
                    ? WhatIfTr::tr("%1 creates pod %2 on node %3 (hostNetwork: the node's "
                                   "address %4).")
                          .arg(workloadText(m_out.workloads[wi]), pod.name, pod.nodeName, pod.ip)
                    : WhatIfTr::tr("%1 creates pod %2 on node %3 with IP %4.")
                          .arg(workloadText(m_out.workloads[wi]), pod.name, pod.nodeName, pod.ip),
                pod.id);
    }
    recomputeEndpoints(changed);
    m_out.reindex();
    return m_out;
}

Cluster refuse(const Cluster &cluster, Diagnostics &problems, const QString &message,
               const QString &entity, const QString &code = QStringLiteral("whatif-refused"))
{
    problems << whatIfDiagnostic(Severity::Error, code, message, entity);
    return cluster;
}

void explainLost(PodEdit &edit, const PodInfo &pod, const QString &why)
{
    if (pod.ownerKind.isEmpty()) {
        edit.explain(Severity::Info, QStringLiteral("whatif-pod-gone"),
                     WhatIfTr::tr("Pod %1 %2; no controller created it, so nothing brings it "
                                  "back.")
                         .arg(pod.name, why),
                     pod.id);
        return;
    }
    edit.explain(Severity::Info, QStringLiteral("whatif-pod-gone"),
                 WhatIfTr::tr("Pod %1 %2; its owner %3 %4 is not in the manifests, so nothing "
                              "here brings it back.")
                     .arg(pod.name, why, pod.ownerKind, pod.ownerName),
                 pod.id);
}

Cluster deletePod(const Cluster &c, const WhatIf &change, Diagnostics &problems)
{
    const int index = indexOfPod(c, change.target);
    if (index < 0)
        return refuse(c, problems, WhatIfTr::tr("There is no pod %1.").arg(change.target),
                      change.target, QStringLiteral("whatif-unknown-target"));
    PodEdit edit(c, problems);
    const PodInfo &pod = c.pods[index];
    edit.remove(pod);
    const int wi = workloadOf(c, pod);
    if (wi < 0)
        explainLost(edit, pod, WhatIfTr::tr("is deleted"));
    edit.touch(wi);
    return edit.finish();
}

Cluster scale(const Cluster &c, const WhatIf &change, Diagnostics &problems)
{
    const int wi = indexOfWorkload(c, change.target);
    if (wi < 0)
        return refuse(c, problems,
                      WhatIfTr::tr("There is no workload %1 (Deployment, ReplicaSet, "
                                   "StatefulSet or ReplicationController) to scale.")
                          .arg(change.target),
                      change.target, QStringLiteral("whatif-unknown-target"));
    const WorkloadInfo &w = c.workloads[wi];
    if (w.kind == kDaemonSet)
        return refuse(c, problems,
                      WhatIfTr::tr("A DaemonSet has no replicas: it runs one pod on every node "
                                   "that can take it."),
                      change.target);
    if (change.count < 0)
        return refuse(
            c, problems,
            WhatIfTr::tr("The number of replicas cannot be negative (%1).").arg(change.count),
            change.target);
    if (change.count == w.replicas)
        return c;
    int others = 0;
    for (const WorkloadInfo &other : c.workloads)
        if (other.id != w.id && !other.system)
            others += other.replicas;
    if (change.count > kMaxWorkloadPods - others)
        return refuse(c, problems,
                      WhatIfTr::tr("Hopscope simulates at most %1 pods made by workloads; %2 "
                                   "replicas are too many.")
                          .arg(kMaxWorkloadPods)
                          .arg(change.count),
                      change.target);
    PodEdit edit(c, problems);
    edit.out().workloads[wi].replicas = change.count;
    edit.touch(wi);
    return edit.finish();
}

Cluster nodeDown(const Cluster &c, const WhatIf &change, Diagnostics &problems)
{
    const int ni = indexOfNode(c, change.target);
    if (ni < 0)
        return refuse(c, problems, WhatIfTr::tr("There is no node %1.").arg(change.target),
                      change.target, QStringLiteral("whatif-unknown-target"));
    if (!c.nodes[ni].ready)
        return c;
    PodEdit edit(c, problems);
    edit.out().nodes[ni].ready = false;
    const QString &name = c.nodes[ni].name;
    for (const PodInfo &pod : c.pods) {
        if (pod.nodeName != name)
            continue;
        edit.remove(pod);
        const int wi = workloadOf(c, pod);
        if (wi < 0) {
            explainLost(edit, pod, WhatIfTr::tr("is lost with node %1").arg(name));
        } else if (c.workloads[wi].kind == kDaemonSet) {
            edit.explain(Severity::Info, QStringLiteral("whatif-pod-gone"),
                         WhatIfTr::tr("DaemonSet %1 runs no pod on node %2 while it is "
                                      "NotReady: pod %3 is gone.")
                             .arg(c.workloads[wi].name, name, pod.name),
                         pod.id);
        }
        edit.touch(wi);
    }
    return edit.finish();
}

Cluster nodeUp(const Cluster &c, const WhatIf &change, Diagnostics &problems)
{
    const int ni = indexOfNode(c, change.target);
    if (ni < 0)
        return refuse(c, problems, WhatIfTr::tr("There is no node %1.").arg(change.target),
                      change.target, QStringLiteral("whatif-unknown-target"));
    if (c.nodes[ni].ready)
        return c;
    PodEdit edit(c, problems);
    edit.out().nodes[ni].ready = true;
    edit.touchDaemonSets(); // their pods come to the node again
    edit.retryAllPending(); // the scheduler has a node again; running pods stay where they are
    return edit.finish();
}

} // namespace

QString workloadOfPod(const Cluster &cluster, const QString &podId)
{
    const int pod = indexOfPod(cluster, podId);
    const int wi = pod < 0 ? -1 : workloadOf(cluster, cluster.pods[pod]);
    return wi < 0 ? QString() : cluster.workloads[wi].id;
}

Cluster applyToPods(const Cluster &cluster, const WhatIf &change, Diagnostics &problems)
{
    switch (change.kind) {
    case WhatIf::Kind::DeletePod:
        return deletePod(cluster, change, problems);
    case WhatIf::Kind::ScaleWorkload:
        return scale(cluster, change, problems);
    case WhatIf::Kind::NodeDown:
        return nodeDown(cluster, change, problems);
    case WhatIf::Kind::NodeUp:
        return nodeUp(cluster, change, problems);
    default:
        return cluster;
    }
}

} // namespace hopscope::whatif
