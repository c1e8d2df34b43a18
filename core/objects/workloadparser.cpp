// Reading metadata, Pods, pod templates and the workloads that own them.

#include "core/objects/objectparser.h"
#include "core/objects/objectparser_p.h"

namespace hopscope::detail {

namespace {

ContainerPort readContainerPort(const FieldReader &p)
{
    p.checkKnownFields({"name", "hostPort", "containerPort", "protocol", "hostIP"});
    ContainerPort port;
    port.name = p.string("name");
    port.containerPort = p.integer("containerPort");
    port.protocol = p.string("protocol");
    port.hostPort = p.integer("hostPort");
    return port;
}

Container readContainer(const FieldReader &c)
{
    Container container;
    container.name = c.string("name");
    container.image = c.string("image");
    for (const FieldReader &p : c.objects("ports", "ContainerPort"))
        container.ports << readContainerPort(p);
    container.restartAlways = c.string("restartPolicy") == u"Always";
    return container;
}

LabelSelector readLabelSelector(const FieldReader &parent, const char *key)
{
    LabelSelector selector;
    selector.present = parent.has(key);
    const FieldReader s = parent.object(key, "LabelSelector");
    s.checkKnownFields({"matchLabels", "matchExpressions"});
    selector.matchLabels = s.stringMap("matchLabels");
    for (const FieldReader &e : s.objects("matchExpressions", "LabelSelectorRequirement")) {
        e.checkKnownFields({"key", "operator", "values"});
        selector.matchExpressions << LabelSelectorRequirement{e.string("key"), e.string("operator"),
                                                              e.stringList("values")};
    }
    return selector;
}

} // namespace

ObjectMeta readMeta(const FieldReader &root, const ParseContext &ctx)
{
    ObjectMeta meta;
    meta.kind = ctx.kind;
    meta.apiVersion = ctx.apiVersion;
    const FieldReader m = root.object("metadata", "ObjectMeta");
    m.checkKnownFields({"name", "generateName", "namespace", "selfLink", "uid", "resourceVersion",
                        "generation", "creationTimestamp", "deletionTimestamp",
                        "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences",
                        "finalizers", "managedFields"});
    meta.name = m.string("name");
    meta.generateName = m.string("generateName");
    meta.ns = m.string("namespace");
    meta.uid = m.string("uid");
    meta.deletionTimestamp = m.string("deletionTimestamp");
    meta.labels = m.stringMap("labels");
    meta.annotations = m.stringMap("annotations");
    const QList<FieldReader> owners = m.objects("ownerReferences", "OwnerReference");
    if (!owners.isEmpty()) {
        meta.ownerKind = owners.first().string("kind");
        meta.ownerName = owners.first().string("name");
    }
    return meta;
}

PodSpec readPodSpec(const FieldReader &spec)
{
    PodSpec out;
    for (const FieldReader &c : spec.objects("containers", "Container"))
        out.containers << readContainer(c);
    for (const FieldReader &c : spec.objects("initContainers", "Container"))
        out.initContainers << readContainer(c);
    out.nodeName = spec.string("nodeName");
    out.nodeSelector = spec.stringMap("nodeSelector");
    for (const FieldReader &t : spec.objects("tolerations", "Toleration"))
        out.tolerations << Toleration{t.string("key"), t.string("operator"), t.string("value"),
                                      t.string("effect")};
    out.hostNetwork = spec.boolean("hostNetwork").value_or(false);
    out.hostname = spec.string("hostname");
    out.subdomain = spec.string("subdomain");
    return out;
}

PodObject readPod(const FieldReader &root, ObjectMeta meta)
{
    PodObject pod;
    pod.meta = std::move(meta);
    pod.spec = readPodSpec(root.object("spec", "PodSpec"));
    const FieldReader status = root.object("status", "PodStatus");
    pod.podIP = status.string("podIP");
    pod.hostIP = status.string("hostIP");
    pod.phase = status.string("phase");
    for (const FieldReader &c : status.objects("conditions", "PodCondition"))
        if (c.string("type") == u"Ready")
            pod.ready = c.string("status") == u"True";
    return pod;
}

WorkloadObject readWorkload(WorkloadKind kind, const FieldReader &root, ObjectMeta meta)
{
    WorkloadObject w;
    w.kind = kind;
    w.meta = std::move(meta);
    const FieldReader spec = root.object("spec", "Spec");
    switch (kind) {
    case WorkloadKind::Deployment:
        spec.checkKnownFields({"replicas", "selector", "template", "strategy", "minReadySeconds",
                               "revisionHistoryLimit", "paused", "progressDeadlineSeconds"});
        break;
    case WorkloadKind::ReplicaSet:
    case WorkloadKind::ReplicationController:
        spec.checkKnownFields({"replicas", "minReadySeconds", "selector", "template"});
        break;
    case WorkloadKind::StatefulSet:
        spec.checkKnownFields({"replicas", "selector", "template", "volumeClaimTemplates",
                               "serviceName", "podManagementPolicy", "updateStrategy",
                               "revisionHistoryLimit", "minReadySeconds",
                               "persistentVolumeClaimRetentionPolicy", "ordinals"});
        break;
    case WorkloadKind::DaemonSet:
        spec.checkKnownFields(
            {"selector", "template", "updateStrategy", "minReadySeconds", "revisionHistoryLimit"});
        break;
    }
    bool replicasPresent = false;
    const int replicas = spec.integer("replicas", &replicasPresent);
    w.replicasSet = replicasPresent;
    w.replicas = replicasPresent ? replicas : 1;
    if (kind == WorkloadKind::ReplicationController) {
        w.selector.present = spec.has("selector");
        w.selector.matchLabels = spec.stringMap("selector"); // a plain map for RCs
    } else {
        w.selector = readLabelSelector(spec, "selector");
    }
    w.serviceName = spec.string("serviceName");
    const FieldReader tmpl = spec.object("template", "PodTemplateSpec");
    tmpl.checkKnownFields({"metadata", "spec"});
    const FieldReader tmeta = tmpl.object("metadata", "ObjectMeta");
    w.podTemplate.labels = tmeta.stringMap("labels");
    w.podTemplate.annotations = tmeta.stringMap("annotations");
    w.podTemplate.spec = readPodSpec(tmpl.object("spec", "PodSpec"));
    if (tmpl.node())
        w.podTemplate.canonical = canonicalYaml(*tmpl.node());
    return w;
}

} // namespace hopscope::detail
