#pragma once

// The endpoints of a Service port that traffic goes to, as kube-proxy picks them without
// topology (pkg/proxy/topology.go CategorizeEndpoints): the ready ones; when none is ready, the
// serving-terminating ones. Slices also list not-ready pods and pods being deleted; views that
// count "the Service's endpoints" use these.

#include "core/model/cluster.h"

#include <QList>

namespace hopscope {

QList<EndpointInfo> usableEndpoints(const QList<EndpointInfo> &list);
// Distinct addresses over all ports.
int usableEndpointAddressCount(const ServiceInfo &service);

} // namespace hopscope
