// The dump form of the generator: `kubectl get nodes,pods,services,endpointslices -A -o yaml`
// for a built cluster. kubectl prints each object's fields sorted by key (JSON → YAML), the kinds
// in the order asked, and the objects of a kind sorted by namespace and name.

#include "core/generator/generator_p.h"

#include "core/base/stablehash.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace hopscope::generator {

namespace {

constexpr int kMaxEndpointsPerSlice = 100; // the EndpointSlice controller's default

struct DumpState
{
    const Cluster &cluster;
    const Scheme &scheme;
    YamlWriter &out;
    int resourceVersion = 1000;
    QHash<QString, QString> images; // "ns/deployment" → image

    QByteArray nextVersion() { return QByteArray::number(++resourceVersion); }
};

void conditions(YamlWriter &out, int indent, const char *const *types, int count,
                const QByteArray &time, const char *status = "True")
{
    out.open(indent, "conditions");
    for (int i = 0; i < count; ++i) {
        out.item(indent);
        out.field(0, "lastProbeTime", "null");
        out.quoted(indent + 2, "lastTransitionTime", time);
        out.quoted(indent + 2, "status", status);
        out.field(indent + 2, "type", types[i]);
    }
}

void writeNode(DumpState &s, const NodeInfo &node, int index)
{
    YamlWriter &out = s.out;
    const QByteArray time = timestamp(index);
    out.item(0);
    out.field(0, "apiVersion", "v1");
    out.field(2, "kind", "Node");
    out.open(2, "metadata");
    out.open(4, "annotations");
    out.quoted(6, "node.alpha.kubernetes.io/ttl", "0");
    out.quoted(6, "volumes.kubernetes.io/controller-managed-attach-detach", "true");
    out.quoted(4, "creationTimestamp", time);
    Labels labels = node.labels;
    labels.insert(QStringLiteral("beta.kubernetes.io/arch"), QStringLiteral("amd64"));
    labels.insert(QStringLiteral("beta.kubernetes.io/os"), QStringLiteral("linux"));
    labels.insert(QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64"));
    labels.insert(QStringLiteral("kubernetes.io/os"), QStringLiteral("linux"));
    out.labels(4, "labels", labels);
    out.field(4, "name", node.name);
    out.quoted(4, "resourceVersion", s.nextVersion());
    out.field(4, "uid", uidFor(QStringLiteral("Node"), QString(), node.name));
    out.open(2, "spec");
    out.field(4, "podCIDR", node.podCIDR);
    out.open(4, "podCIDRs");
    out.item(4);
    out.line(node.podCIDR.toUtf8());
    out.open(2, "status");
    out.open(4, "addresses");
    out.item(4);
    out.field(0, "address", node.internalIP);
    out.field(6, "type", "InternalIP");
    out.item(4);
    out.field(0, "address", node.name);
    out.field(6, "type", "Hostname");
    for (const char *key : {"allocatable", "capacity"}) {
        out.open(4, key);
        out.quoted(6, "cpu", "8");
        out.quoted(6, "ephemeral-storage", "102626232Ki");
        out.field(6, "memory", "32863640Ki");
        out.quoted(6, "pods", "110");
    }
    static const char *const types[] = {"MemoryPressure", "DiskPressure", "PIDPressure"};
    out.open(4, "conditions");
    for (const char *type : types) {
        out.item(4);
        out.quoted(0, "lastHeartbeatTime", time);
        out.quoted(6, "lastTransitionTime", time);
        out.field(6, "message", QByteArray(QByteArray("kubelet has no ") + type));
        out.field(6, "reason", QByteArray(QByteArray("KubeletHasNo") + type));
        out.quoted(6, "status", "False");
        out.field(6, "type", type);
    }
    out.item(4);
    out.quoted(0, "lastHeartbeatTime", time);
    out.quoted(6, "lastTransitionTime", time);
    out.field(6, "message", "kubelet is posting ready status");
    out.field(6, "reason", "KubeletReady");
    out.quoted(6, "status", node.ready ? "True" : "False");
    out.field(6, "type", "Ready");
    out.open(4, "daemonEndpoints");
    out.open(6, "kubeletEndpoint");
    out.field(8, "Port", 10250);
    out.open(4, "nodeInfo");
    out.field(6, "architecture", "amd64");
    out.field(6, "bootID", hexDigest(node.name + u"boot", 32));
    out.field(6, "containerRuntimeVersion", "containerd://1.7.13");
    out.field(6, "kernelVersion", "6.1.0-18-amd64");
    out.field(6, "kubeProxyVersion", "v1.29.2");
    out.field(6, "kubeletVersion", "v1.29.2");
    out.field(6, "machineID", hexDigest(node.name + u"machine", 32));
    out.field(6, "operatingSystem", "linux");
    out.field(6, "osImage", "Debian GNU/Linux 12 (bookworm)");
    out.field(6, "systemUUID", uidFor(QStringLiteral("machine"), QString(), node.name));
}

// Owner of a pod as the API server records it: a Deployment's pods belong to its ReplicaSet.
std::pair<QString, QString> podOwner(const PodInfo &pod)
{
    if (pod.ownerKind == u"Deployment") {
        const QString hash = pod.labels.value(QStringLiteral("pod-template-hash"));
        return {QStringLiteral("ReplicaSet"), pod.ownerName + u'-' + hash};
    }
    return {pod.ownerKind, pod.ownerName};
}

QByteArray apiVersionOfKind(const QString &kind)
{
    return kind == u"ReplicationController" ? "v1" : "apps/v1";
}

// What a pod's dump repeats in several places: its times, owner, containers, image, token.
struct PodFacts
{
    QByteArray time;
    QByteArray started;
    QString ownerKind;
    QString ownerName;
    QStringList containers;
    QString image;
    QByteArray token;
};

PodFacts podFacts(const DumpState &s, const PodInfo &pod, int index)
{
    PodFacts f;
    f.time = timestamp(600 + index / 50);
    f.started = timestamp(602 + index / 50);
    std::tie(f.ownerKind, f.ownerName) = podOwner(pod);
    for (const PodPort &p : pod.ports)
        if (!f.containers.contains(p.container))
            f.containers << p.container;
    if (f.containers.isEmpty())
        f.containers << QStringLiteral("app");
    f.image = s.images.value(pod.ns + u'/' + pod.ownerName, QStringLiteral("nginx:1.25"));
    f.token = "kube-api-access-" +
              stableRandomString(stableHash({pod.ns, pod.name, u"token"_qs}), 5).toLatin1();
    return f;
}

void writePodMetadata(DumpState &s, const PodInfo &pod, const PodFacts &f)
{
    YamlWriter &out = s.out;
    out.item(0);
    out.field(0, "apiVersion", "v1");
    out.field(2, "kind", "Pod");
    out.open(2, "metadata");
    out.quoted(4, "creationTimestamp", f.time);
    if (f.ownerKind == u"ReplicaSet")
        out.field(4, "generateName", QString(f.ownerName + u'-'));
    out.labels(4, "labels", pod.labels);
    out.field(4, "name", pod.name);
    out.field(4, "namespace", pod.ns);
    if (!f.ownerKind.isEmpty()) {
        out.open(4, "ownerReferences");
        out.item(4);
        out.field(0, "apiVersion", apiVersionOfKind(f.ownerKind));
        out.field(6, "blockOwnerDeletion", "true");
        out.field(6, "controller", "true");
        out.field(6, "kind", f.ownerKind);
        out.field(6, "name", f.ownerName);
        out.field(6, "uid", uidFor(f.ownerKind, pod.ns, f.ownerName));
    }
    out.quoted(4, "resourceVersion", s.nextVersion());
    out.field(4, "uid", uidFor(QStringLiteral("Pod"), pod.ns, pod.name));
}

void writePodContainers(YamlWriter &out, const PodInfo &pod, const PodFacts &f)
{
    out.open(4, "containers");
    for (const QString &c : std::as_const(f.containers)) {
        out.item(4);
        out.field(0, "image", f.image);
        out.field(6, "imagePullPolicy", "IfNotPresent");
        out.field(6, "name", c);
        bool any = false;
        for (const PodPort &p : pod.ports) {
            if (p.container != c)
                continue;
            if (!any)
                out.open(6, "ports");
            any = true;
            out.item(6);
            out.field(0, "containerPort", p.port);
            if (!p.name.isEmpty())
                out.field(8, "name", p.name);
            out.field(8, "protocol", p.protocol);
        }
        out.field(6, "resources", "{}");
        out.field(6, "terminationMessagePath", "/dev/termination-log");
        out.field(6, "terminationMessagePolicy", "File");
        out.open(6, "volumeMounts");
        out.item(6);
        out.field(0, "mountPath", "/var/run/secrets/kubernetes.io/serviceaccount");
        out.field(8, "name", f.token);
        out.field(8, "readOnly", "true");
    }
}

// spec after the containers: policies, tolerations and the service-account token volume.
void writePodSpecRest(YamlWriter &out, const PodInfo &pod, const PodFacts &f)
{
    out.field(4, "dnsPolicy", "ClusterFirst");
    out.field(4, "enableServiceLinks", "true");
    if (pod.hostNetwork)
        out.field(4, "hostNetwork", "true");
    if (!pod.nodeName.isEmpty())
        out.field(4, "nodeName", pod.nodeName);
    out.field(4, "preemptionPolicy", "PreemptLowerPriority");
    out.field(4, "priority", 0);
    out.field(4, "restartPolicy", "Always");
    out.field(4, "schedulerName", "default-scheduler");
    out.field(4, "securityContext", "{}");
    out.field(4, "serviceAccount", "default");
    out.field(4, "serviceAccountName", "default");
    out.field(4, "terminationGracePeriodSeconds", 30);
    out.open(4, "tolerations");
    for (const char *key : {"node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"}) {
        out.item(4);
        out.field(0, "effect", "NoExecute");
        out.field(6, "key", key);
        out.field(6, "operator", "Exists");
        out.field(6, "tolerationSeconds", 300);
    }
    out.open(4, "volumes");
    out.item(4);
    out.field(0, "name", f.token);
    out.open(6, "projected");
    out.field(8, "defaultMode", 420);
    out.open(8, "sources");
    out.item(8);
    out.open(0, "serviceAccountToken");
    out.field(12, "expirationSeconds", 3607);
    out.field(12, "path", "token");
    out.item(8);
    out.open(0, "configMap");
    out.open(12, "items");
    out.item(12);
    out.field(0, "key", "ca.crt");
    out.field(14, "path", "ca.crt");
    out.field(12, "name", "kube-root-ca.crt");
    out.item(8);
    out.open(0, "downwardAPI");
    out.open(12, "items");
    out.item(12);
    out.open(0, "fieldRef");
    out.field(16, "apiVersion", "v1");
    out.field(16, "fieldPath", "metadata.namespace");
    out.field(14, "path", "namespace");
}

void writePodStatus(DumpState &s, const PodInfo &pod, const PodFacts &f)
{
    YamlWriter &out = s.out;
    out.open(2, "status");
    static const char *const types[] = {"Initialized", "Ready", "ContainersReady", "PodScheduled"};
    const bool running = pod.phase == u"Running";
    conditions(out, 4, types, running ? 4 : 0, f.time);
    if (running) {
        out.open(4, "containerStatuses");
        for (const QString &c : std::as_const(f.containers)) {
            out.item(4);
            out.field(0, "containerID",
                      QByteArray("containerd://" + hexDigest(pod.id + u'/' + c, 64)));
            out.field(6, "image", f.image);
            out.field(6, "imageID",
                      QByteArray(f.image.section(u':', 0, 0).toUtf8() +
                                 "@sha256:" + hexDigest(f.image, 64)));
            out.field(6, "lastState", "{}");
            out.field(6, "name", c);
            out.field(6, "ready", pod.ready ? "true" : "false");
            out.field(6, "restartCount", 0);
            out.field(6, "started", "true");
            out.open(6, "state");
            out.open(8, "running");
            out.quoted(10, "startedAt", f.started);
        }
    }
    if (const NodeInfo *node = pod.nodeName.isEmpty() ? nullptr : s.cluster.node(pod.nodeName)) {
        const QString &hostIP = node->internalIP;
        out.field(4, "hostIP", hostIP);
        out.open(4, "hostIPs");
        out.item(4);
        out.field(0, "ip", hostIP);
    }
    out.field(4, "phase", pod.phase);
    if (!pod.ip.isEmpty()) {
        out.field(4, "podIP", pod.ip);
        out.open(4, "podIPs");
        out.item(4);
        out.field(0, "ip", pod.ip);
    }
    out.field(4, "qosClass", "BestEffort");
    out.quoted(4, "startTime", f.time);
}

void writePod(DumpState &s, const PodInfo &pod, int index)
{
    const PodFacts f = podFacts(s, pod, index);
    writePodMetadata(s, pod, f);
    s.out.open(2, "spec");
    writePodContainers(s.out, pod, f);
    writePodSpecRest(s.out, pod, f);
    writePodStatus(s, pod, f);
}

void writeService(DumpState &s, const ServiceInfo &svc, int index)
{
    YamlWriter &out = s.out;
    out.item(0);
    out.field(0, "apiVersion", "v1");
    out.field(2, "kind", "Service");
    out.open(2, "metadata");
    if (!svc.annotations.isEmpty())
        out.labels(4, "annotations", svc.annotations);
    out.quoted(4, "creationTimestamp", timestamp(300 + index / 50));
    out.labels(4, "labels", svc.labels);
    out.field(4, "name", svc.name);
    out.field(4, "namespace", svc.ns);
    out.quoted(4, "resourceVersion", s.nextVersion());
    out.field(4, "uid", uidFor(QStringLiteral("Service"), svc.ns, svc.name));
    out.open(2, "spec");
    const bool external =
        svc.type == ServiceType::NodePort || svc.type == ServiceType::LoadBalancer;
    if (svc.type == ServiceType::LoadBalancer)
        out.field(4, "allocateLoadBalancerNodePorts", "true");
    out.field(4, "clusterIP", svc.clusterIP);
    out.open(4, "clusterIPs");
    out.item(4);
    out.line(svc.clusterIP.toUtf8());
    if (external)
        out.field(4, "externalTrafficPolicy", svc.externalTrafficPolicy);
    out.field(4, "internalTrafficPolicy", svc.internalTrafficPolicy);
    out.open(4, "ipFamilies");
    out.item(4);
    out.line("IPv4");
    out.field(4, "ipFamilyPolicy", "SingleStack");
    out.open(4, "ports");
    for (const ServicePortInfo &p : svc.ports) {
        out.item(4);
        int indent = 0; // the first field follows "- "
        if (!p.name.isEmpty()) {
            out.field(indent, "name", p.name);
            indent = 6;
        }
        if (p.nodePort) {
            out.field(indent, "nodePort", p.nodePort);
            indent = 6;
        }
        out.field(indent, "port", p.port);
        out.field(6, "protocol", p.protocol);
        out.field(6, "targetPort",
                  p.targetPort.isInt() ? QByteArray::number(p.targetPort.intValue)
                                       : labelValue(p.targetPort.strValue));
    }
    out.labels(4, "selector", svc.selector);
    out.field(4, "sessionAffinity", svc.sessionAffinity);
    out.field(4, "type", svc.typeName());
    out.open(2, "status");
    if (svc.type == ServiceType::LoadBalancer && !svc.loadBalancerIPs.isEmpty()) {
        out.open(4, "loadBalancer");
        out.open(6, "ingress");
        for (const QString &ip : svc.loadBalancerIPs) {
            out.item(6);
            out.field(0, "ip", ip);
            out.field(8, "ipMode", "VIP");
        }
    } else {
        out.field(4, "loadBalancer", "{}");
    }
}

// One endpoint of a Service with its port on each of the Service's ports (-1: not served).
struct SliceEndpoint
{
    const EndpointInfo *info = nullptr;
    QList<int> ports;
};

void writeSlice(DumpState &s, const ServiceInfo &svc, const QList<SliceEndpoint> &endpoints,
                qsizetype from, qsizetype to, int sliceIndex, int index)
{
    YamlWriter &out = s.out;
    const QString name =
        svc.name + u'-' +
        stableRandomString(stableHash({svc.ns, svc.name, QString::number(sliceIndex)}), 5);
    const QByteArray time = timestamp(900 + index / 50);
    out.item(0);
    out.field(0, "addressType", "IPv4");
    out.field(2, "apiVersion", "discovery.k8s.io/v1");
    if (from < to)
        out.open(2, "endpoints");
    else
        out.field(2, "endpoints", "null");
    for (qsizetype i = from; i < to; ++i) {
        const EndpointInfo &e = *endpoints[i].info;
        out.item(2);
        out.open(0, "addresses");
        out.item(4);
        out.line(e.ip.toUtf8());
        out.open(4, "conditions");
        out.field(6, "ready", e.ready ? "true" : "false");
        out.field(6, "serving", e.serving ? "true" : "false");
        out.field(6, "terminating", e.terminating ? "true" : "false");
        if (!e.nodeName.isEmpty())
            out.field(4, "nodeName", e.nodeName);
        if (e.podId.startsWith(u"pod/")) {
            const QString rest = e.podId.mid(4);
            const QString podNs = rest.section(u'/', 0, 0);
            const QString podName = rest.section(u'/', 1);
            out.open(4, "targetRef");
            out.field(6, "kind", "Pod");
            out.field(6, "name", podName);
            out.field(6, "namespace", podNs);
            out.field(6, "uid", uidFor(QStringLiteral("Pod"), podNs, podName));
        }
    }
    out.field(2, "kind", "EndpointSlice");
    out.open(2, "metadata");
    out.open(4, "annotations");
    out.quoted(6, "endpoints.kubernetes.io/last-change-trigger-time", time);
    out.quoted(4, "creationTimestamp", time);
    out.field(4, "generateName", QString(svc.name + u'-'));
    out.field(4, "generation", 1);
    Labels labels = svc.labels;
    if (!svc.system || svc.name != u"kubernetes")
        labels.insert(QStringLiteral("endpointslice.kubernetes.io/managed-by"),
                      QStringLiteral("endpointslice-controller.k8s.io"));
    labels.insert(QStringLiteral("kubernetes.io/service-name"), svc.name);
    out.labels(4, "labels", labels);
    out.field(4, "name", name);
    out.field(4, "namespace", svc.ns);
    out.open(4, "ownerReferences");
    out.item(4);
    out.field(0, "apiVersion", "v1");
    out.field(6, "blockOwnerDeletion", "true");
    out.field(6, "controller", "true");
    out.field(6, "kind", "Service");
    out.field(6, "name", svc.name);
    out.field(6, "uid", uidFor(QStringLiteral("Service"), svc.ns, svc.name));
    out.quoted(4, "resourceVersion", s.nextVersion());
    out.field(4, "uid", uidFor(QStringLiteral("EndpointSlice"), svc.ns, name));
    const QList<int> &ports = endpoints.isEmpty() ? QList<int>() : endpoints[from].ports;
    out.open(2, "ports");
    for (qsizetype j = 0; j < svc.ports.size(); ++j) {
        if (!endpoints.isEmpty() && ports[j] < 0)
            continue;
        const ServicePortInfo &p = svc.ports[j];
        out.item(2);
        out.field(0, "name", labelValue(p.name));
        out.field(4, "port", endpoints.isEmpty() ? p.port : ports[j]);
        out.field(4, "protocol", p.protocol);
    }
}

// The EndpointSlices of a Service: endpoints grouped by their ports, 100 to a slice.
int writeSlices(DumpState &s, const ServiceInfo &svc, int index)
{
    if (svc.type == ServiceType::ExternalName || svc.endpoints.isEmpty() || svc.ports.isEmpty())
        return 0;
    QList<SliceEndpoint> all;
    QHash<QString, qsizetype> byAddress;
    for (qsizetype j = 0; j < svc.endpoints.size(); ++j) {
        for (const EndpointInfo &e : svc.endpoints[j]) {
            const QString key = e.ip + u'/' + e.podId;
            auto it = byAddress.constFind(key);
            if (it == byAddress.cend()) {
                it = byAddress.insert(key, all.size());
                all << SliceEndpoint{&e, QList<int>(svc.ports.size(), -1)};
            }
            all[it.value()].ports[j] = e.port;
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const SliceEndpoint &a, const SliceEndpoint &b) {
        return a.ports < b.ports;
    });
    if (all.isEmpty()) {
        writeSlice(s, svc, all, 0, 0, 0, index);
        return 1;
    }
    int slices = 0;
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = start;
        while (end < all.size() && end - start < kMaxEndpointsPerSlice &&
               all[end].ports == all[start].ports)
            ++end;
        writeSlice(s, svc, all, start, end, slices++, index);
        start = end;
    }
    return slices;
}

bool lessByNamespaceName(const PodInfo *a, const PodInfo *b)
{
    if (a->ns != b->ns)
        return a->ns < b->ns;
    return a->name < b->name;
}

} // namespace

void writeDump(const Cluster &cluster, const Scheme &scheme, YamlWriter &out)
{
    DumpState s{cluster, scheme, out, 1000, {}};
    for (int i = 0; i < scheme.spec.services; ++i)
        s.images.insert(scheme.namespaceOf(i) + u'/' + scheme.appName(i), scheme.image(i));
    s.images.insert(QStringLiteral("kube-system/coredns"),
                    QStringLiteral("registry.k8s.io/coredns/coredns:v1.11.1"));

    out.field(0, "apiVersion", "v1");
    out.open(0, "items");
    for (int i = 0; i < cluster.nodes.size(); ++i)
        writeNode(s, cluster.nodes[i], i);
    QList<const PodInfo *> pods;
    pods.reserve(cluster.pods.size());
    for (const PodInfo &p : cluster.pods)
        pods << &p;
    std::sort(pods.begin(), pods.end(), lessByNamespaceName);
    for (int i = 0; i < pods.size(); ++i)
        writePod(s, *pods[i], i);
    for (int i = 0; i < cluster.services.size(); ++i)
        writeService(s, cluster.services[i], i);
    for (int i = 0; i < cluster.services.size(); ++i)
        writeSlices(s, cluster.services[i], i);
    out.field(0, "kind", "List");
    out.open(0, "metadata");
    out.quoted(2, "resourceVersion", "");
}

} // namespace hopscope::generator
