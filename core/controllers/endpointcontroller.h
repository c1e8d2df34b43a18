#pragma once

// The endpoints of every Service port (reference A1.4):
// * from the selector: the EndpointSlices the EndpointSlice controller makes
//   (endpointslicecontroller.h: pods of the Service's namespace whose labels match, that have an
//   IP and are not Succeeded/Failed, with their ready/serving/terminating conditions; targetPort
//   resolved per pod with FindPort — a named port by name AND protocol over containers and
//   restartable init containers, pods without it are left out of that port; a number is used as
//   is), then read back from those slices as kube-proxy reads them;
// * from Endpoints / EndpointSlice objects when the manifests hold them (a dump): their
//   addresses and conditions, matched to the Service ports by port name and protocol.
// Endpoints computed from pods are sorted by IP text, as the Endpoints object lists them; the
// slices are kept in ServiceInfo::endpointSlices (given ones too).
// A headless Service without ports has one list of addresses with port 0.
// Its const functions may run on several threads at once (one Service each).

#include "core/model/cluster.h"
#include "core/objects/objects.h"

#include <QHash>
#include <QList>

#include <mutex>
#include <optional>

namespace hopscope {

class EndpointController
{
public:
    explicit EndpointController(const QList<PodInfo> &pods);

    // How many endpoint lists the Service has: one per port; one (with port 0) for a headless
    // Service without ports, whose addresses the controllers still list.
    static int endpointListCount(const ServiceInfo &service);

    // FindPort (pkg/api/v1/pod/util.go).
    static std::optional<int> findPort(const PodInfo &pod, const ServicePortInfo &servicePort);

    // The pods the selector picks in the Service's namespace (input order).
    QList<const PodInfo *> selectedPods(const ServiceInfo &service) const;
    void computeFromSelector(ServiceInfo &service) const;
    // Slices labelled kubernetes.io/service-name=<service> in its namespace.
    void fromEndpointSlices(ServiceInfo &service,
                            const QList<const EndpointSliceObject *> &slices) const;
    void fromEndpoints(ServiceInfo &service, const EndpointsObject &endpoints) const;

private:
    // The Service's endpoint lists from slices (kube-proxy's EndpointSliceCache reading).
    void readSlices(ServiceInfo &service, const QList<const EndpointSliceObject *> &slices) const;
    const PodInfo *podFor(const QString &ip, const QString &targetKind, const QString &targetName,
                          const QString &targetNamespace, const QString &serviceNamespace) const;

    void indexAddresses() const;

    // A run: consecutive pods of one namespace with the same labels (the replicas of a workload
    // share one label map), indexed once.
    struct Run
    {
        int first = 0;
        int count = 0;
    };
    const QList<PodInfo> &m_pods;
    QList<Run> m_runs;
    QHash<QString, QList<int>> m_byLabel; // "ns\0key\0value" → runs, in input order
    // Only for Endpoints / EndpointSlice objects (a dump): made on first use, thread-safe.
    mutable std::once_flag m_addressesIndexed;
    mutable QHash<QString, int> m_byIP; // pod IPs (not hostNetwork)
    mutable QHash<QString, int> m_byId;
};

} // namespace hopscope
