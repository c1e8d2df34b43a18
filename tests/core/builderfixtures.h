#pragma once

// Manifest objects built in code for the cluster-builder tests: typed like the reader's output,
// each with a distinct source line so that input order is defined.

#include "core/model/cluster.h"
#include "core/builder/clusterbuilder.h"
#include "core/objects/objects.h"

#include <QTest>

namespace fixtures {

using namespace hopscope;

inline int &lineCounter()
{
    static int line = 0;
    return line;
}

inline ObjectMeta meta(const QString &kind, const QString &name, const QString &ns = {},
                       const Labels &labels = {})
{
    ObjectMeta m;
    m.kind = kind;
    m.apiVersion = kind == u"Deployment" || kind == u"StatefulSet" || kind == u"DaemonSet" ||
                           kind == u"ReplicaSet"
                       ? QStringLiteral("apps/v1")
                       : QStringLiteral("v1");
    m.name = name;
    m.ns = ns;
    m.labels = labels;
    m.where = SourceLocation{QStringLiteral("test.yaml"), ++lineCounter(), 1};
    return m;
}

inline ServicePortSpec port(int number, IntOrString target = {}, const QString &protocol = {},
                            const QString &name = {}, int nodePort = 0)
{
    ServicePortSpec p;
    p.port = number;
    p.targetPort = target;
    p.protocol = protocol;
    p.name = name;
    p.nodePort = nodePort;
    return p;
}

inline ServiceObject service(const QString &name, const QString &type,
                             const QList<ServicePortSpec> &ports, const Labels &selector = {},
                             const QString &ns = {})
{
    ServiceObject s;
    s.meta = meta(QStringLiteral("Service"), name, ns);
    s.type = type;
    s.ports = ports;
    s.portsPresent = !ports.isEmpty();
    s.selector = selector;
    s.selectorPresent = !selector.isEmpty();
    return s;
}

inline Container container(const QString &name, const QList<ContainerPort> &ports = {})
{
    Container c;
    c.name = name;
    c.image = name + QStringLiteral(":1.0");
    c.ports = ports;
    return c;
}

inline ContainerPort cport(int number, const QString &name = {}, const QString &protocol = {})
{
    return ContainerPort{name, number, protocol, 0};
}

inline WorkloadObject workload(WorkloadKind kind, const QString &name, int replicas,
                               const Labels &labels, const QList<ContainerPort> &ports = {},
                               const QString &ns = {})
{
    WorkloadObject w;
    w.kind = kind;
    w.meta = meta(workloadKindName(kind), name, ns, labels);
    w.replicas = replicas;
    w.replicasSet = true;
    if (kind != WorkloadKind::ReplicationController) {
        w.selector.present = true;
        w.selector.matchLabels = labels;
    }
    w.podTemplate.labels = labels;
    w.podTemplate.spec.containers << container(name, ports);
    return w;
}

inline WorkloadObject deployment(const QString &name, int replicas, const Labels &labels,
                                 const QList<ContainerPort> &ports = {}, const QString &ns = {})
{
    return workload(WorkloadKind::Deployment, name, replicas, labels, ports, ns);
}

inline PodObject pod(const QString &name, const Labels &labels,
                     const QList<ContainerPort> &ports = {}, const QString &ns = {})
{
    PodObject p;
    p.meta = meta(QStringLiteral("Pod"), name, ns, labels);
    p.spec.containers << container(name, ports);
    return p;
}

// A pod as `kubectl get pods -o yaml` lists it: on a node, with an address.
inline PodObject dumpPod(const QString &name, const Labels &labels, const QString &node,
                         const QString &ip, const QList<ContainerPort> &ports = {})
{
    PodObject p = pod(name, labels, ports);
    p.spec.nodeName = node;
    p.podIP = ip;
    p.phase = QStringLiteral("Running");
    p.ready = true;
    return p;
}

inline NodeObject node(const QString &name, const QString &ip, const QString &podCIDR = {},
                       const Labels &labels = {})
{
    NodeObject n;
    n.meta = meta(QStringLiteral("Node"), name, {}, labels);
    n.internalIP = ip;
    n.podCIDR = podCIDR;
    return n;
}

inline ClusterSettings plainSettings()
{
    ClusterSettings s;
    s.systemObjects = ClusterSettings::SystemObjects::Never;
    return s;
}

inline Cluster buildPlain(const ManifestSet &set)
{
    return ClusterBuilder::build(set, plainSettings());
}

inline QStringList diagnosticMessages(const Cluster &c, Severity severity)
{
    QStringList out;
    for (const Diagnostic &d : c.diagnostics)
        if (d.severity == severity)
            out << d.message;
    return out;
}

inline const Diagnostic *findDiagnostic(const Cluster &c, const QString &code)
{
    for (const Diagnostic &d : c.diagnostics)
        if (d.code == code)
            return &d;
    return nullptr;
}

inline QList<const PodInfo *> podsOf(const Cluster &c, const QString &ownerName)
{
    QList<const PodInfo *> out;
    for (const PodInfo &p : c.pods)
        if (p.ownerName == ownerName)
            out << &p;
    return out;
}

} // namespace fixtures

namespace fixtures {

// Every field of two Clusters, entity by entity (a failure names the first difference).
inline bool sameCluster(const hopscope::Cluster &a, const hopscope::Cluster &b, QString *why)
{
    auto fail = [why](const QString &what) {
        if (why)
            *why = what;
        return false;
    };
    if (!(a.settings == b.settings))
        return fail(QStringLiteral("settings"));
    if (a.nodes.size() != b.nodes.size())
        return fail(QStringLiteral("node count"));
    for (qsizetype i = 0; i < a.nodes.size(); ++i)
        if (!(a.nodes[i] == b.nodes[i]))
            return fail(QStringLiteral("node ") + a.nodes[i].id);
    if (a.pods.size() != b.pods.size())
        return fail(QStringLiteral("pod count"));
    for (qsizetype i = 0; i < a.pods.size(); ++i)
        if (!(a.pods[i] == b.pods[i]))
            return fail(QStringLiteral("pod ") + a.pods[i].id + QStringLiteral(" vs ") +
                        b.pods[i].id);
    if (a.services.size() != b.services.size())
        return fail(QStringLiteral("service count"));
    for (qsizetype i = 0; i < a.services.size(); ++i)
        if (!(a.services[i] == b.services[i]))
            return fail(QStringLiteral("service ") + a.services[i].id);
    if (a.namespaces != b.namespaces)
        return fail(QStringLiteral("namespaces"));
    if (a.clientIP != b.clientIP || a.dnsIP != b.dnsIP)
        return fail(QStringLiteral("client or DNS address"));
    if (a.diagnostics != b.diagnostics)
        return fail(QStringLiteral("diagnostics"));
    if (a.files != b.files)
        return fail(QStringLiteral("files"));
    return true;
}

} // namespace fixtures
