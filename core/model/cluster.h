#pragma once

// The Cluster: an immutable value built from manifests and settings. Same input bytes + same
// settings ⇒ the same names, IPs and ports, every time. Entities are named by string ids
// ("node/node-1", "pod/default/web-0", "svc/default/web"); ids, not pointers, cross to the app.

#include "core/model/clustersettings.h"
#include "core/base/diagnostic.h"
#include "core/objects/objects.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace hopscope {

struct NodeInfo
{
    QString id;          // "node/<name>"
    QString name;
    QString internalIP;  // eth0
    QString externalIP;  // optional
    QString podCIDR;     // "10.244.1.0/24"
    QString bridgeIP;    // cni0: first address of podCIDR (.1)
    QString vtepIP;      // flannel.1: network address of podCIDR (.0), as flannel configures it
    Labels labels;
    QList<Taint> taints;
    bool unschedulable = false;
    bool ready = true;
    bool fromManifest = false;
    // host-local IPAM's last_reserved_ip on this node: the next pod gets the next free address
    // after it, round robin (reference A4), so a deleted pod's IP is not reused at once.
    // Empty: nothing allocated yet (a cluster dump's node: after its highest pod IP).
    QString lastReservedIP;
    SourceLocation where;
    friend bool operator==(const NodeInfo &, const NodeInfo &) = default;
};

struct PodPort
{
    QString container;
    QString name;
    int port = 0;
    QString protocol; // defaulted: TCP
    friend bool operator==(const PodPort &, const PodPort &) = default;
};

struct PodInfo
{
    QString id;          // "pod/<ns>/<name>"
    QString name;
    QString ns;
    Labels labels;
    QString nodeName;    // empty: Pending (no node could take it)
    QString ip;          // empty while Pending
    QList<PodPort> ports;
    QString ownerKind;   // "Deployment", "StatefulSet", … or empty for a bare Pod
    QString ownerName;   // the workload's name
    QString phase = QStringLiteral("Running");
    bool ready = true;
    bool terminating = false; // metadata.deletionTimestamp set: being deleted
    int containerCount = 1; // containers + restartable init containers (kubectl's READY total)
    bool hostNetwork = false;
    bool system = false; // added by Hopscope (CoreDNS), not by the user
    QString hostname;    // StatefulSet pods: their name; for DNS records
    QString subdomain;
    SourceLocation where;
    friend bool operator==(const PodInfo &, const PodInfo &) = default;
};

enum class ServiceType { ClusterIP, NodePort, LoadBalancer, ExternalName };

struct ServicePortInfo
{
    QString name;
    QString protocol;       // defaulted: TCP
    int port = 0;
    IntOrString targetPort; // defaulted: = port
    int nodePort = 0;       // 0: none
    QString appProtocol;
    friend bool operator==(const ServicePortInfo &, const ServicePortInfo &) = default;
};

struct EndpointInfo
{
    QString ip;
    int port = 0;        // the resolved target port on that address
    QString nodeName;    // empty: unknown (not local to any node)
    QString podId;       // empty when the address is not a known pod
    QString hostname;
    bool ready = true;
    bool serving = true;
    bool terminating = false;
    friend bool operator==(const EndpointInfo &, const EndpointInfo &) = default;
};

struct ServiceInfo
{
    QString id;          // "svc/<ns>/<name>"
    QString name;
    QString ns;
    ServiceType type = ServiceType::ClusterIP;
    QString clusterIP;   // "None" for headless, empty for ExternalName
    QList<ServicePortInfo> ports;
    // Parallel to ports. A headless Service without ports (the endpoint controllers still list
    // its addresses) has exactly one list here, with port 0.
    QList<QList<EndpointInfo>> endpoints;
    Labels labels;
    Labels annotations;    // metadata.annotations (kubectl describe prints them)
    Labels selector;
    bool hasSelector = false;
    QStringList externalIPs;
    QString externalName;
    QString externalTrafficPolicy; // "Cluster"/"Local"; empty when not externally accessible
    QString internalTrafficPolicy; // "Cluster"/"Local"; empty for ExternalName
    QString sessionAffinity = QStringLiteral("None");
    int affinityTimeoutSeconds = 0; // 10800 by default for ClientIP
    QStringList loadBalancerSourceRanges;
    QString loadBalancerIP;            // spec.loadBalancerIP as written (deprecated request)
    QStringList loadBalancerIPs;       // status.loadBalancer.ingress[].ip (given or simulated)
    QStringList loadBalancerHostnames; // status.loadBalancer.ingress[].hostname
    // The ingress IPs with ipMode Proxy: the load balancer proxies (kube-proxy writes no rule).
    QStringList loadBalancerProxyIPs;
    // status.loadBalancer.ingress as given, in order (kubectl prints ip or hostname, ipMode).
    // (ip, ipMode: "VIP" by default) or (hostname, "") when the ingress has no ip.
    QList<QPair<QString, QString>> loadBalancerIngress;
    QString loadBalancerClass;
    bool loadBalancerPending = false;  // LoadBalancer with no ingress: <pending>
    int healthCheckNodePort = 0;
    bool allocateLoadBalancerNodePorts = false;
    bool publishNotReadyAddresses = false;
    bool endpointsFromManifest = false; // Endpoints/EndpointSlice objects given (a dump)
    // The Service's EndpointSlices: as the EndpointSlice controller makes them for a selector
    // (EndpointSliceController), or as a dump gives them. `endpoints` is read from these.
    QList<EndpointSliceObject> endpointSlices;
    bool system = false;
    SourceLocation where;

    bool isHeadless() const { return clusterIP == u"None"; }
    QString typeName() const; // "ClusterIP", "NodePort", "LoadBalancer", "ExternalName"
    int totalEndpoints() const;
    friend bool operator==(const ServiceInfo &, const ServiceInfo &) = default;
};

// A workload whose controller keeps pods running: what what-if edits (delete a pod, scale,
// take a node down) hand back to its controller to create pods from.
struct WorkloadInfo
{
    QString id;            // "<Kind>/<ns>/<name>": "Deployment/default/vote"
    QString kind;          // "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet",
                           // "ReplicationController"
    QString name;
    QString ns;
    int replicas = 0;      // desired replicas (DaemonSet: 0, one pod per eligible node)
    bool system = false;   // added by Hopscope (CoreDNS)
    WorkloadObject object; // as read: the pod template new pods are made from
    // Deployment: the pod-template-hash of its ReplicaSet when the input lists it (a dump);
    // empty: Hopscope's own hash of the template.
    QString templateHash;
    friend bool operator==(const WorkloadInfo &, const WorkloadInfo &) = default;
};

struct Cluster
{
    ClusterSettings settings;
    QList<NodeInfo> nodes;
    QList<PodInfo> pods;          // scheduled order; Pending pods last
    QList<ServiceInfo> services;  // sorted by namespace, then name
    QStringList namespaces;       // sorted
    QString clientIP;
    QString dnsIP;                // kube-dns ClusterIP (10th address of the service CIDR)
    Diagnostics diagnostics;      // from reading and building
    QStringList files;
    QList<WorkloadInfo> workloads; // input order (Hopscope's system workloads last)
    // What-if edits that created pods so far: seeds the names of the pods they create, so a
    // replacement never takes the name of the pod it replaces, and stays deterministic.
    int generation = 0;

    // Lookups (valid after reindex(); the builder calls it).
    const NodeInfo *node(const QString &idOrName) const;
    const PodInfo *pod(const QString &id) const;
    const PodInfo *podByIP(const QString &ip) const;
    const ServiceInfo *service(const QString &id) const;
    const ServiceInfo *serviceByName(const QString &ns, const QString &name) const;
    const NodeInfo *nodeByIP(const QString &ip) const;
    QList<const PodInfo *> podsOnNode(const QString &nodeName) const;
    const WorkloadInfo *workload(const QString &id) const; // "Deployment/default/vote"
    void reindex();

    // Every field but the lookup indexes: what undo must restore exactly.
    friend bool operator==(const Cluster &a, const Cluster &b);

private:
    QHash<QString, int> m_nodeByKey; // id and name
    QHash<QString, int> m_nodeByIP;
    QHash<QString, int> m_podById;
    QHash<QString, int> m_podByIP;
    QHash<QString, int> m_serviceById;
};

QString serviceTypeName(ServiceType t);
QString nodeId(const QString &name);
QString podId(const QString &ns, const QString &name);
QString serviceId(const QString &ns, const QString &name);
QString workloadId(const QString &kind, const QString &ns, const QString &name);

} // namespace hopscope
