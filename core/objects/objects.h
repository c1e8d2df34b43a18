#pragma once

// The Kubernetes objects Hopscope understands, as read from manifests: typed, not yet defaulted,
// each with where it came from. The cluster builder turns a ManifestSet into a Cluster.

#include "core/base/diagnostic.h"
#include "core/base/sourcelocation.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hopscope {

using Labels = QMap<QString, QString>; // sorted by key: deterministic iteration and printing

// Locations of individual fields, keyed by their API field path relative to the object
// ("spec.ports[0].nodePort", "metadata.name"). Recorded for the objects validation talks about.
using FieldMarks = QHash<QString, SourceLocation>;

struct ObjectMeta
{
    QString kind;       // as written ("Service")
    QString apiVersion; // as written ("v1", "apps/v1")
    QString name;
    QString generateName;
    QString ns;         // empty when not written; the builder defaults it to "default"
    QString uid;
    Labels labels;
    Labels annotations;
    QString deletionTimestamp; // set: the object is being deleted (a dump of a terminating pod)
    QString ownerKind;  // first ownerReference, when a dump gives one
    QString ownerName;
    SourceLocation where; // the document's first line / the object's mapping start
    FieldMarks marks;
    friend bool operator==(const ObjectMeta &, const ObjectMeta &) = default;
};

struct IntOrString
{
    enum class Kind { Unset, Int, String };
    Kind kind = Kind::Unset;
    int intValue = 0;
    QString strValue;

    static IntOrString fromInt(int v) { return {Kind::Int, v, {}}; }
    static IntOrString fromString(const QString &s) { return {Kind::String, 0, s}; }
    bool isUnset() const { return kind == Kind::Unset; }
    bool isInt() const { return kind == Kind::Int; }
    bool isString() const { return kind == Kind::String; }
    QString toString() const; // "80", "http", "" when unset
    friend bool operator==(const IntOrString &, const IntOrString &) = default;
};

struct ContainerPort
{
    QString name;
    int containerPort = 0;
    QString protocol; // empty when not written; defaults to TCP
    int hostPort = 0;
    friend bool operator==(const ContainerPort &, const ContainerPort &) = default;
};

struct Container
{
    QString name;
    QString image;
    QList<ContainerPort> ports;
    bool restartAlways = false; // init containers with restartPolicy: Always (sidecars)
    friend bool operator==(const Container &, const Container &) = default;
};

struct Toleration
{
    QString key, op, value, effect; // op: "Equal" (default) or "Exists"
    friend bool operator==(const Toleration &, const Toleration &) = default;
};

struct Taint
{
    QString key, value, effect; // effect: NoSchedule, PreferNoSchedule, NoExecute
    friend bool operator==(const Taint &, const Taint &) = default;
};

struct PodSpec
{
    QList<Container> containers;
    QList<Container> initContainers;
    QString nodeName;
    Labels nodeSelector;
    QList<Toleration> tolerations;
    bool hostNetwork = false;
    QString hostname;
    QString subdomain;
    friend bool operator==(const PodSpec &, const PodSpec &) = default;
};

struct LabelSelectorRequirement
{
    QString key;
    QString op; // In, NotIn, Exists, DoesNotExist
    QStringList values;
    friend bool operator==(const LabelSelectorRequirement &,
                           const LabelSelectorRequirement &) = default;
};

struct LabelSelector
{
    bool present = false; // the field was written at all
    Labels matchLabels;
    QList<LabelSelectorRequirement> matchExpressions;

    bool isEmpty() const { return matchLabels.isEmpty() && matchExpressions.isEmpty(); }
    bool matches(const Labels &labels) const;
    QString toString() const; // "app=web,tier in (a,b)"
    friend bool operator==(const LabelSelector &, const LabelSelector &) = default;
};

struct PodTemplate
{
    Labels labels;
    Labels annotations;
    PodSpec spec;
    QByteArray canonical; // canonical text of the template, for pod-template-hash
    friend bool operator==(const PodTemplate &, const PodTemplate &) = default;
};

struct PodObject
{
    ObjectMeta meta;
    PodSpec spec;
    // status, as a dump gives it
    QString podIP;
    QString hostIP;
    QString phase;
    std::optional<bool> ready; // Ready condition, if given
};

enum class WorkloadKind { Deployment, ReplicaSet, StatefulSet, DaemonSet, ReplicationController };

struct WorkloadObject
{
    WorkloadKind kind = WorkloadKind::Deployment;
    ObjectMeta meta;
    int replicas = 1;           // defaulted to 1 when absent (DaemonSet: ignored)
    bool replicasSet = false;
    LabelSelector selector;     // RC: plain map in spec.selector (defaults to template labels)
    PodTemplate podTemplate;
    QString serviceName;        // StatefulSet
    friend bool operator==(const WorkloadObject &, const WorkloadObject &) = default;
};

struct ServicePortSpec
{
    QString name;
    QString protocol; // empty when not written
    int port = 0;
    IntOrString targetPort;
    int nodePort = 0;
    QString appProtocol;
    friend bool operator==(const ServicePortSpec &, const ServicePortSpec &) = default;
};

struct LoadBalancerIngress
{
    QString ip;
    QString hostname;
    QString ipMode; // "VIP" or "Proxy" (empty: the API server's default, VIP)
    friend bool operator==(const LoadBalancerIngress &, const LoadBalancerIngress &) = default;
};

struct ServiceObject
{
    ObjectMeta meta;
    QString type; // as written; empty when absent
    QString clusterIP;
    QStringList clusterIPs;
    QList<ServicePortSpec> ports;
    bool portsPresent = false;
    Labels selector;
    bool selectorPresent = false;
    QStringList externalIPs;
    QString externalName;
    QString externalTrafficPolicy;
    QString internalTrafficPolicy;
    QString sessionAffinity;
    std::optional<int> affinityTimeoutSeconds;
    bool sessionAffinityConfigPresent = false;
    QStringList loadBalancerSourceRanges;
    QString loadBalancerIP;
    QString loadBalancerClass; // spec.loadBalancerClass (empty: the cloud's default controller)
    int healthCheckNodePort = 0;
    std::optional<bool> allocateLoadBalancerNodePorts;
    bool publishNotReadyAddresses = false;
    QStringList ipFamilies;
    QString ipFamilyPolicy;
    bool statusLoadBalancerPresent = false; // status.loadBalancer written (maybe empty: <pending>)
    QList<LoadBalancerIngress> loadBalancerIngress;
};

struct EndpointSliceEndpoint
{
    QStringList addresses;
    std::optional<bool> ready, serving, terminating;
    QString nodeName;
    QString hostname;
    QString targetKind, targetName, targetNamespace; // targetRef
    friend bool operator==(const EndpointSliceEndpoint &, const EndpointSliceEndpoint &) = default;
};

struct EndpointPortSpec
{
    QString name;
    int port = 0;
    QString protocol; // empty when not written (defaults to TCP)
    QString appProtocol;
    friend bool operator==(const EndpointPortSpec &, const EndpointPortSpec &) = default;
};

struct EndpointSliceObject
{
    ObjectMeta meta;
    QString serviceName; // label kubernetes.io/service-name
    QString addressType; // IPv4, IPv6, FQDN
    QList<EndpointSliceEndpoint> endpoints;
    QList<EndpointPortSpec> ports;
    friend bool operator==(const EndpointSliceObject &, const EndpointSliceObject &) = default;
};

struct EndpointAddress
{
    QString ip;
    QString nodeName;
    QString hostname;
    QString targetKind, targetName, targetNamespace;
};

struct EndpointSubset
{
    QList<EndpointAddress> addresses;
    QList<EndpointAddress> notReadyAddresses;
    QList<EndpointPortSpec> ports;
};

struct EndpointsObject
{
    ObjectMeta meta; // name == the Service's name
    QList<EndpointSubset> subsets;
};

struct NodeObject
{
    ObjectMeta meta;
    QString podCIDR;
    QStringList podCIDRs;
    QString internalIP;
    QString externalIP;
    QString hostname;
    QList<Taint> taints;
    bool unschedulable = false;
    std::optional<bool> ready;
};

struct NamespaceObject
{
    ObjectMeta meta;
};

// Everything read from a set of inputs, in input order (files sorted, documents in file order).
struct ManifestSet
{
    QStringList files; // the files read, in order
    QList<NodeObject> nodes;
    QList<NamespaceObject> namespaces;
    QList<PodObject> pods;
    QList<WorkloadObject> workloads;
    QList<ServiceObject> services;
    QList<EndpointSliceObject> endpointSlices;
    QList<EndpointsObject> endpoints;
    Diagnostics diagnostics;

    int objectCount() const;
    void append(ManifestSet &&other); // concatenates, keeping order
};

QString workloadKindName(WorkloadKind k); // "Deployment" …

} // namespace hopscope
