#include "core/controllers/podfactory.h"

#include "core/model/buildsupport.h"
#include "core/controllers/podnames.h"
#include "core/api/servicedefaults.h"
#include "core/base/stablehash.h"
#include "core/controllers/workloadcontroller.h"

#include <QSet>

#include <algorithm>

namespace hopscope {

namespace {

const QString kReplicaSet = QStringLiteral("ReplicaSet");

const QString kDeployment = QStringLiteral("Deployment");

// Who owns a dump's pods, to know which workloads need no expansion and to name the workload
// (not the ReplicaSet) as the owner of a Deployment's pods.
class Owners
{
public:
    explicit Owners(const ClusterInputs &in)
    {
        for (const WorkloadObject *w : in.workloads) {
            const QString ns = effectiveNamespace(w->meta);
            if (w->kind == WorkloadKind::Deployment)
                m_deployments.insert(ns + u'/' + w->meta.name);
            if (w->kind == WorkloadKind::ReplicaSet && w->meta.ownerKind == kDeployment) {
                m_rsToDeployment.insert(ns + u'/' + w->meta.name, w->meta.ownerName);
                // The current ReplicaSet's pod-template-hash (a dump's old ones have 0 replicas).
                const QString hash =
                    w->podTemplate.labels.value(QStringLiteral("pod-template-hash"));
                const QString key = ns + u'/' + w->meta.ownerName;
                if (!hash.isEmpty() && (w->replicas > 0 || !m_templateHash.contains(key)))
                    m_templateHash.insert(key, hash);
            }
        }
        for (const PodObject *p : in.pods) {
            const auto [kind, name] = ownerOf(*p);
            if (!kind.isEmpty())
                m_withPods.insert(kind + u'/' + effectiveNamespace(p->meta) + u'/' + name);
            if (p->meta.ownerKind == kReplicaSet)
                m_withPods.insert(kReplicaSet + u'/' + effectiveNamespace(p->meta) + u'/' +
                                  p->meta.ownerName);
        }
    }

    // The workload a pod belongs to: a ReplicaSet's Deployment when there is one.
    std::pair<QString, QString> ownerOf(const PodObject &pod) const
    {
        const QString &kind = pod.meta.ownerKind;
        const QString &name = pod.meta.ownerName;
        if (kind != kReplicaSet)
            return {kind, name};
        const QString ns = effectiveNamespace(pod.meta);
        const auto it = m_rsToDeployment.constFind(ns + u'/' + name);
        if (it != m_rsToDeployment.cend())
            return {kDeployment, it.value()};
        // <deployment>-<pod-template-hash>, as the Deployment controller names ReplicaSets
        const QString hash = pod.meta.labels.value(QStringLiteral("pod-template-hash"));
        if (!hash.isEmpty() && name.endsWith(u'-' + hash) && name.size() > hash.size() + 1)
            return {kDeployment, name.left(name.size() - hash.size() - 1)};
        return {kind, name};
    }

    // The pod-template-hash of a Deployment's ReplicaSet as the input lists it (a dump).
    QString templateHash(const WorkloadObject &deployment) const
    {
        return m_templateHash.value(effectiveNamespace(deployment.meta) + u'/' +
                                    deployment.meta.name);
    }

    bool hasPods(const WorkloadObject &w) const
    {
        return m_withPods.contains(workloadKindName(w.kind) + u'/' + effectiveNamespace(w.meta) +
                                   u'/' + w.meta.name);
    }
    // A ReplicaSet the input's Deployment manages: the Deployment makes its pods.
    bool managedByInputDeployment(const WorkloadObject &w) const
    {
        return w.kind == WorkloadKind::ReplicaSet && w.meta.ownerKind == kDeployment &&
               m_deployments.contains(effectiveNamespace(w.meta) + u'/' + w.meta.ownerName);
    }

private:
    QSet<QString> m_deployments;
    QHash<QString, QString> m_rsToDeployment;
    QHash<QString, QString> m_templateHash; // "ns/deployment" → its ReplicaSet's hash
    QSet<QString> m_withPods; // "Kind/ns/name"
};

SourceLocation nodeSelectorLocation(const ObjectMeta &meta, bool isTemplate)
{
    const QString prefix =
        isTemplate ? QStringLiteral("spec.template.spec.") : QStringLiteral("spec.");
    return fieldLocation(meta, {prefix + QStringLiteral("nodeSelector"),
                                prefix + QStringLiteral("tolerations"),
                                prefix + QStringLiteral("nodeName")});
}

PodWork podFromObject(const PodObject &p, const QString &name, const Owners &owners, int source)
{
    PodWork pod;
    PodInfo &info = pod.info;
    info.name = name;
    info.ns = effectiveNamespace(p.meta);
    info.id = podId(info.ns, info.name);
    info.labels = p.meta.labels;
    info.ports = flattenPorts(p.spec);
    info.containerCount = containerCount(p.spec);
    const auto [ownerKind, ownerName] = owners.ownerOf(p);
    info.ownerKind = ownerKind;
    info.ownerName = ownerName;
    info.hostNetwork = p.spec.hostNetwork;
    info.hostname = p.spec.hostname;
    info.subdomain = p.spec.subdomain;
    info.where = p.meta.where;
    info.terminating = !p.meta.deletionTimestamp.isEmpty();
    pod.nodeSelector = p.spec.nodeSelector;
    pod.tolerations = p.spec.tolerations;
    pod.fixedNode = p.spec.nodeName;
    pod.source = source;
    pod.fromDump = !p.phase.isEmpty() || !p.podIP.isEmpty();
    if (pod.fromDump) {
        info.nodeName = p.spec.nodeName;
        info.ip = info.nodeName.isEmpty() ? QString() : p.podIP;
        if (info.ip.isEmpty() && info.hostNetwork && !p.hostIP.isEmpty() &&
            !info.nodeName.isEmpty())
            info.ip = p.hostIP;
        info.phase = !p.phase.isEmpty()  ? p.phase
                     : info.ip.isEmpty() ? QStringLiteral("Pending")
                                         : QStringLiteral("Running");
        info.ready = p.ready.value_or(info.phase == u"Running" && !info.ip.isEmpty());
    }
    return pod;
}

} // namespace

QList<PodWork> PodFactory::make(const ClusterInputs &in, const QStringList &files,
                                const QList<const WorkloadObject *> &systemWorkloads,
                                const QList<NodeInfo> &nodes, const Scheduler &scheduler,
                                QList<Source> &sources, Diagnostics &diagnostics,
                                QList<WorkloadInfo> *workloads, int maxWorkloadPods)
{
    // Reading order of pods and workloads together.
    const InputOrder order(files);
    QList<std::pair<quint64, Source>> ordered;
    for (const PodObject *p : in.pods)
        ordered.append({order.key(p->meta.where), Source{p, nullptr, false}});
    for (const WorkloadObject *w : in.workloads)
        ordered.append({order.key(w->meta.where), Source{nullptr, w, false}});
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    sources.clear();
    for (const auto &entry : std::as_const(ordered))
        sources << entry.second;
    for (const WorkloadObject *w : systemWorkloads)
        sources << Source{nullptr, w, true};

    PodNamer namer;
    for (const PodObject *p : in.pods)
        if (!p->meta.name.isEmpty())
            namer.reserve(effectiveNamespace(p->meta), p->meta.name);

    const Owners owners(in);
    WorkloadController controller(nodes, scheduler, namer);
    QList<PodWork> pods;
    int workloadPods = 0;
    for (int s = 0; s < sources.size(); ++s) {
        const Source &source = sources[s];
        if (source.pod) {
            const PodObject &p = *source.pod;
            QString name = p.meta.name;
            if (name.isEmpty()) // generateName
                name = namer.generate(effectiveNamespace(p.meta), p.meta.generateName,
                                      p.meta.generateName, s);
            PodWork pod = podFromObject(p, name, owners, s);
            pod.constraintWhere = nodeSelectorLocation(p.meta, false);
            pods << pod;
            continue;
        }
        const WorkloadObject &w = *source.workload;
        if (owners.managedByInputDeployment(w))
            continue; // the Deployment makes its pods
        const QString error = WorkloadController::validationError(w);
        if (error.isEmpty() && workloads) {
            WorkloadInfo info;
            info.kind = workloadKindName(w.kind);
            info.name = w.meta.name;
            info.ns = effectiveNamespace(w.meta);
            info.id = workloadId(info.kind, info.ns, info.name);
            info.replicas = w.kind == WorkloadKind::DaemonSet ? 0 : std::max(0, w.replicas);
            info.system = source.system;
            info.object = w;
            if (w.kind == WorkloadKind::Deployment)
                info.templateHash = owners.templateHash(w);
            *workloads << info;
        }
        if (owners.hasPods(w))
            continue; // a dump: its pods are listed already
        if (!error.isEmpty()) {
            diagnostics << Diagnostic::make(
                Severity::Error, QStringLiteral("workload-invalid"),
                fieldLocation(w.meta, {QStringLiteral("spec.template.metadata.labels"),
                                       QStringLiteral("spec.selector")}),
                error,
                BuilderTr::tr("The API server refuses this %1, so it creates no pods.")
                    .arg(workloadKindName(w.kind)));
            continue;
        }
        // A guard against hostile input (replicas: 2000000000 would eat all memory): the
        // controllers create at most maxWorkloadPods pods in all (system pods aside).
        const int room = std::max(0, maxWorkloadPods - workloadPods);
        WorkloadObject capped;
        const WorkloadObject *expanded = &w;
        if (!source.system && w.kind != WorkloadKind::DaemonSet && w.replicas > room) {
            diagnostics << Diagnostic::make(
                Severity::Error, QStringLiteral("too-many-pods"),
                fieldLocation(w.meta, {QStringLiteral("spec.replicas")}),
                BuilderTr::tr("%1 \"%2\" asks for %3 pods; Hopscope simulates at most %4 pods made "
                              "by workloads, so it creates %5 of them.")
                    .arg(workloadKindName(w.kind), w.meta.name)
                    .arg(w.replicas)
                    .arg(maxWorkloadPods)
                    .arg(room),
                BuilderTr::tr("A classroom cluster needs a few replicas: lower spec.replicas."));
            capped = w;
            capped.replicas = room;
            expanded = &capped;
        }
        QList<PodWork> made = controller.expand(*expanded, s, source.system);
        if (!source.system)
            workloadPods += int(made.size());
        const SourceLocation where = nodeSelectorLocation(w.meta, true);
        for (PodWork &pod : made)
            pod.constraintWhere = where;
        pods += std::move(made);
    }
    return pods;
}

} // namespace hopscope
