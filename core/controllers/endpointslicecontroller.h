#pragma once

// The EndpointSlices the EndpointSlice controller keeps for a Service with a selector
// (pkg/controller/endpointslice/reconciler.go, staging/src/k8s.io/endpointslice/utils.go):
// * one endpoint per selected pod that has an IP and has not finished (ShouldPodBeInEndpoints
//   with includeTerminating = true), addresses [pod IP], conditions from podToEndpoint:
//   serving = pod Ready, terminating = metadata.deletionTimestamp set,
//   ready = publishNotReadyAddresses || (serving && !terminating); nodeName; targetRef the pod;
//   hostname when the pod's subdomain is the Service (ShouldSetHostname);
// * endpoints grouped by their ports (getEndpointPorts: every Service port FindPort resolves on
//   that pod, with the Service port's name, protocol and appProtocol), at most
//   kMaxEndpointsPerSlice to a slice (--max-endpoints-per-slice, default 100);
// * no endpoint at all: one placeholder slice without ports or endpoints;
// * named as generateName "<service>-" makes them (the base cut to 58 characters, 5 characters
//   of the name alphabet) — from a stable hash of (namespace, service, slice index), so the
//   same input gives the same names; labels: the Service's own, kubernetes.io/service-name,
//   endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io
//   (and service.kubernetes.io/headless for a headless Service), addressType IPv4.
// Endpoints in a slice are sorted by IP text (the controller's order is the informer's).

#include "core/model/cluster.h"
#include "core/objects/objects.h"

#include <QList>
#include <QString>

namespace hopscope {

inline constexpr int kMaxEndpointsPerSlice = 100;

// "<service>-xxxxx" (names.SimpleNameGenerator with a stable seed).
QString endpointSliceName(const QString &ns, const QString &service, int sliceIndex);

// The slices of `service` for the pods its selector picks (in any order).
QList<EndpointSliceObject> makeEndpointSlices(const ServiceInfo &service,
                                              const QList<const PodInfo *> &selected);

} // namespace hopscope
