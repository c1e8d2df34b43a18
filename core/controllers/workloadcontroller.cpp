#include "core/controllers/workloadcontroller.h"

#include "core/api/apierrortext.h"
#include "core/api/servicedefaults.h"

#include <algorithm>

namespace hopscope {

QList<PodPort> flattenPorts(const PodSpec &spec)
{
    QList<PodPort> out;
    auto add = [&out](const Container &c) {
        for (const ContainerPort &p : c.ports)
            out << PodPort{c.name, p.name, p.containerPort,
                           p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol};
    };
    for (const Container &c : spec.containers)
        add(c);
    for (const Container &c : spec.initContainers)
        if (c.restartAlways)
            add(c);
    return out;
}

int containerCount(const PodSpec &spec)
{
    int n = int(spec.containers.size());
    for (const Container &c : spec.initContainers)
        n += c.restartAlways ? 1 : 0;
    return std::max(1, n);
}

WorkloadController::WorkloadController(const QList<NodeInfo> &nodes, const Scheduler &scheduler,
                                       PodNamer &namer)
    : m_nodes(nodes), m_scheduler(scheduler), m_namer(namer)
{}

LabelSelector WorkloadController::effectiveSelector(const WorkloadObject &w)
{
    if (w.kind == WorkloadKind::ReplicationController && w.selector.isEmpty()) {
        // SetDefaults_ReplicationController: the selector defaults to the template labels.
        LabelSelector s;
        s.present = true;
        s.matchLabels = w.podTemplate.labels;
        return s;
    }
    return w.selector;
}

QString WorkloadController::validationError(const WorkloadObject &w)
{
    const QString kind = workloadKindName(w.kind);
    const QString templateLabels = QStringLiteral("spec.template.metadata.labels");
    const QString mismatch = QStringLiteral("`selector` does not match template `labels`");
    QStringList causes;
    if (w.kind == WorkloadKind::ReplicationController) {
        const LabelSelector selector = effectiveSelector(w);
        if (selector.isEmpty())
            causes << apitext::fieldRequired(QStringLiteral("spec.selector"));
        else if (!selector.matches(w.podTemplate.labels))
            causes << apitext::fieldInvalid(templateLabels,
                                            apitext::goStringMap(w.podTemplate.labels), mismatch);
    } else if (!w.selector.present) {
        // A nil selector converts to labels.Nothing(), which matches no labels either.
        causes << apitext::fieldRequired(QStringLiteral("spec.selector"));
        causes << apitext::fieldInvalid(templateLabels, apitext::goStringMap(w.podTemplate.labels),
                                        mismatch);
    } else if (w.selector.isEmpty()) {
        const QString what = w.kind == WorkloadKind::StatefulSet ? QStringLiteral("statefulset")
                             : w.kind == WorkloadKind::DaemonSet ? QStringLiteral("daemonset")
                                                                 : QStringLiteral("deployment");
        causes << apitext::fieldInvalid(
            QStringLiteral("spec.selector"),
            QStringLiteral("v1.LabelSelector{MatchLabels:map[string]string(nil), "
                           "MatchExpressions:[]v1.LabelSelectorRequirement(nil)}"),
            QStringLiteral("empty selector is invalid for ") + what);
    } else if (!w.selector.matches(w.podTemplate.labels)) {
        causes << apitext::fieldInvalid(templateLabels, apitext::goStringMap(w.podTemplate.labels),
                                        mismatch);
    }
    if (causes.isEmpty())
        return QString();
    return apitext::kubectlInvalid(kind, w.meta.name, causes);
}

QString WorkloadController::replicaSetName(const WorkloadObject &deployment)
{
    return deployment.meta.name + u'-' + podTemplateHash(deployment.podTemplate);
}

PodWork WorkloadController::podFromTemplate(const WorkloadObject &w, const QString &name,
                                            const Labels &labels, int source, bool system) const
{
    return podFromTemplate(w, name, labels, flattenPorts(w.podTemplate.spec), source, system);
}

PodWork WorkloadController::podFromTemplate(const WorkloadObject &w, const QString &name,
                                            const Labels &labels, const QList<PodPort> &ports,
                                            int source, bool system) const
{
    PodWork pod;
    PodInfo &p = pod.info;
    p.name = name;
    p.ns = effectiveNamespace(w.meta);
    p.id = podId(p.ns, p.name);
    p.labels = labels;
    p.ports = ports;
    p.containerCount = containerCount(w.podTemplate.spec);
    p.ownerKind = workloadKindName(w.kind);
    p.ownerName = w.meta.name;
    if (w.kind == WorkloadKind::ReplicaSet && w.meta.ownerKind == u"Deployment" &&
        !w.meta.ownerName.isEmpty()) {
        p.ownerKind = w.meta.ownerKind;
        p.ownerName = w.meta.ownerName;
    }
    p.hostNetwork = w.podTemplate.spec.hostNetwork;
    p.hostname = w.podTemplate.spec.hostname;
    p.subdomain = w.podTemplate.spec.subdomain;
    p.system = system;
    p.where = w.meta.where;
    pod.nodeSelector = w.podTemplate.spec.nodeSelector;
    pod.tolerations = w.podTemplate.spec.tolerations;
    pod.fixedNode = w.podTemplate.spec.nodeName;
    pod.source = source;
    return pod;
}

WorkloadController::Plan WorkloadController::plan(const WorkloadObject &w,
                                                  const QString &templateHash)
{
    Plan plan;
    plan.labels = w.podTemplate.labels;
    plan.tolerations = w.podTemplate.spec.tolerations;
    plan.ports = flattenPorts(w.podTemplate.spec);
    switch (w.kind) {
    case WorkloadKind::Deployment: {
        const QString hash = templateHash.isEmpty() ? podTemplateHash(w.podTemplate) : templateHash;
        plan.nameOwner = w.meta.name + u'-' + hash; // the ReplicaSet
        plan.generateName = plan.nameOwner + u'-';
        plan.labels.insert(QStringLiteral("pod-template-hash"), hash);
        break;
    }
    case WorkloadKind::ReplicaSet:
    case WorkloadKind::ReplicationController:
        plan.nameOwner = w.meta.name;
        plan.generateName = w.meta.name + u'-';
        break;
    case WorkloadKind::StatefulSet:
        plan.nameOwner = w.meta.name;
        break;
    case WorkloadKind::DaemonSet:
        plan.nameOwner = w.meta.name;
        plan.generateName = w.meta.name + u'-';
        plan.tolerations =
            daemonSetTolerations(w.podTemplate.spec.tolerations, w.podTemplate.spec.hostNetwork);
        break;
    }
    return plan;
}

std::optional<PodWork> WorkloadController::createPod(const WorkloadObject &w, const Plan &plan,
                                                     int index, int source, bool system,
                                                     int generation)
{
    const QString ns = effectiveNamespace(w.meta);
    switch (w.kind) {
    case WorkloadKind::Deployment:
    case WorkloadKind::ReplicaSet:
    case WorkloadKind::ReplicationController:
        return podFromTemplate(
            w, m_namer.generate(ns, plan.generateName, plan.nameOwner, index, generation),
            plan.labels, plan.ports, source, system);
    case WorkloadKind::StatefulSet: {
        const QString name = w.meta.name + u'-' + QString::number(index);
        if (!m_namer.claim(ns, name))
            return std::nullopt; // a pod of that name exists: the controller cannot create it
        Labels labels = plan.labels;
        labels.insert(QStringLiteral("statefulset.kubernetes.io/pod-name"), name);
        labels.insert(QStringLiteral("apps.kubernetes.io/pod-index"), QString::number(index));
        PodWork pod = podFromTemplate(w, name, labels, plan.ports, source, system);
        pod.info.hostname = name;
        pod.info.subdomain = w.serviceName;
        return pod;
    }
    case WorkloadKind::DaemonSet: {
        if (index < 0 || index >= m_nodes.size() ||
            !m_scheduler.rejection(index, w.podTemplate.spec.nodeSelector, plan.tolerations)
                 .isEmpty())
            return std::nullopt;
        PodWork pod = podFromTemplate(
            w, m_namer.generate(ns, plan.generateName, plan.nameOwner, index, generation),
            plan.labels, plan.ports, source, system);
        pod.tolerations = plan.tolerations;
        pod.fixedNode = m_nodes[index].name;
        return pod;
    }
    }
    return std::nullopt;
}

QList<PodWork> WorkloadController::expand(const WorkloadObject &w, int source, bool system)
{
    QList<PodWork> pods;
    const Plan p = plan(w);
    const int count =
        w.kind == WorkloadKind::DaemonSet ? int(m_nodes.size()) : std::max(0, w.replicas);
    for (int i = 0; i < count; ++i)
        if (std::optional<PodWork> pod = createPod(w, p, i, source, system))
            pods << std::move(*pod);
    return pods;
}

} // namespace hopscope
