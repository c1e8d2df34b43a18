#pragma once

// What kubectl prints, computed from a Cluster (reference Part A5): the `kubectl get` tables of
// the API server's printers (pkg/printers/internalversion/printers.go) laid out by kubectl's tab
// writer, and `kubectl describe service` (staging/src/k8s.io/kubectl/pkg/describe/describe.go).
// Byte for byte, including kubectl's quirks: these texts are not translated.
//
// The simulated cluster answers as Kubernetes kSimulatedKubernetesVersion, and the formats are
// those of that kubectl. Where versions differ it matters: since v1.31 describe takes a Service's
// endpoints from its EndpointSlices and shows a load balancer's ipMode ("1.2.3.4 (VIP)"); since
// v1.32 it lists ready endpoints only; v1.33 adds a deprecation warning to `get endpoints` (the
// simulated version is v1.33, so it is printed).

#include "core/model/cluster.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hopscope {

// The kubelet version of every simulated node (`get nodes` VERSION) and the version whose
// kubectl formats are reproduced.
inline constexpr char kSimulatedKubernetesVersion[] = "v1.33.0";

struct KubectlOptions
{
    // AGE. The simulator has no clock and its objects no creationTimestamp; kubectl prints
    // "<unknown>" for a zero timestamp (printers.go translateTimestampSince), which is the honest
    // rendering. Any other text (e.g. "10m") is printed as it is.
    QString age = QStringLiteral("<unknown>");
    QString kubeletVersion = QString::fromLatin1(kSimulatedKubernetesVersion);
    // `get nodes -o wide`: what the kubelet reports; empty prints "<unknown>" as kubectl does.
    QString osImage;
    QString kernelVersion;
    QString containerRuntime;
};

enum class KubectlResource { Services, Pods, Endpoints, EndpointSlices, Nodes };

// A `kubectl get` / `kubectl describe` request, already parsed (see kubectlcommand.h).
struct KubectlQuery
{
    KubectlResource resource = KubectlResource::Services;
    QStringList names;                      // empty: all of them
    QString ns = QStringLiteral("default"); // -n; kubectl's default namespace
    bool allNamespaces = false;             // -A
    bool wide = false;                      // -o wide
};

struct KubectlOutput
{
    QString out;      // what kubectl writes to stdout
    QString err;      // what it writes to stderr ("No resources found …", NotFound errors)
    int exitCode = 0; // kubectl's: 1 when a named object was not found
};

// kubectl get TYPE [NAME…] [-n NS | -A] [-o wide]
KubectlOutput kubectlGet(const Cluster &cluster, const KubectlQuery &query,
                         const KubectlOptions &options = {});
// The API server's deprecation warning for v1 Endpoints (v1.33+), as kubectl prints it on
// stderr for every `get endpoints` (KEP-4974).
inline constexpr char kEndpointsDeprecationWarning[] =
    "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";
// kubectl describe svc [NAME…] [-n NS | -A] (services only; query.resource is ignored)
KubectlOutput kubectlDescribeServices(const Cluster &cluster, const KubectlQuery &query,
                                      const KubectlOptions &options = {});

// kubectl describe endpointslice [NAME…] [-n NS | -A] (describe.go EndpointSliceDescriber).
KubectlOutput kubectlDescribeEndpointSlices(const Cluster &cluster, const KubectlQuery &query);

// "services", "pods", "endpoints", "endpointslices.discovery.k8s.io", "nodes": the resource
// as kubectl names it in messages.
QString kubectlResourceName(KubectlResource resource);
bool kubectlResourceIsNamespaced(KubectlResource resource);

// ---- building blocks (public for the tests and the GUI's kubectl panel) ----

// kubectl's table: headers and cells joined by tabs through its tab writer.
QString kubectlTable(const QStringList &headers, const QList<QStringList> &rows);

// printers.WriteEscaped: ESC becomes "^[" and a carriage return "\r" (two characters), so that
// object text cannot drive the terminal (CVE-2021-25743).
QString kubectlEscapeTerminal(const QString &text);

// labels.FormatLabels: "k=v,k2=v2" sorted by key, "<none>" when empty.
QString kubectlFormatLabels(const Labels &labels);

// get svc columns (printService): CLUSTER-IP, EXTERNAL-IP (getServiceExternalIP), PORT(S)
// (makePortString).
QString serviceClusterIPCell(const ServiceInfo &svc);
QString serviceExternalIPCell(const ServiceInfo &svc, bool wide);
QString servicePortsCell(const ServiceInfo &svc);

// The Endpoints object the endpoints controller keeps for a Service, as RepackSubsets lays it
// out: addresses grouped by the set of ports they serve; in each subset the addresses sorted by
// IP and the ports by the MD5 of their spew dump (pkg/api/v1/endpoints/util.go portsByHash).
// Real subsets are ordered by a hash that includes pod UIDs (random); here they come in the order
// of the Service's ports.
struct EndpointsSubset
{
    struct Port
    {
        QString name;
        int port = 0;
        QString protocol;
        QString appProtocol;
    };
    QStringList addresses; // ready
    QStringList notReadyAddresses;
    QList<Port> ports; // empty: a headless Service without ports
};
// Whether the Service has an Endpoints object at all (selector, given in a dump, or kept by the
// control plane as for `kubernetes`). ExternalName Services get none from the controllers.
bool serviceHasEndpointsObject(const ServiceInfo &svc);
QList<EndpointsSubset> serviceEndpointsSubsets(const ServiceInfo &svc);
// The text Go's spew prints for a v1.EndpointPort with "%#v", which the controller hashes.
QByteArray endpointPortSpew(const EndpointsSubset::Port &port);
// get endpoints ENDPOINTS (formatEndpoints): at most 3 "ip:port", then " + N more...";
// "<none>" when there are no subsets; "" when there are subsets but no ready address.
QString endpointsCell(const ServiceInfo &svc);

// get endpointslices PORTS and ENDPOINTS (formatDiscoveryPorts, formatDiscoveryEndpoints): at
// most 3 ports (a nil port "*") / addresses, then " + N more..."; "<unset>" when empty.
QString endpointSlicePortsCell(const EndpointSliceObject &slice);
QString endpointSliceEndpointsCell(const EndpointSliceObject &slice);
// The whole `kubectl describe endpointslice` text of one slice.
QString describeEndpointSlice(const EndpointSliceObject &slice);

// kubectl describe svc's "Endpoints:" value for one port (formatEndpointSlices, ready ones only).
QString describeEndpointsValue(const ServiceInfo &svc, int portIndex);
// The whole `kubectl describe service` text of one Service (ends with "Events:  <none>\n").
QString describeService(const ServiceInfo &svc, const ClusterSettings &settings);

} // namespace hopscope
