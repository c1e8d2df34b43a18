#pragma once

// Teaching checks on the built Cluster: what the Services will do with the pods they select.
//
//   selector-no-pods         the selector matches no pod: no endpoints, so kube-proxy REJECTs
//                            the traffic and clients see "connection refused" (warning).
//   targetport-not-declared  a numeric targetPort no container of the selected pods declares:
//                            traffic goes to a port nothing may listen on (warning; info when
//                            the pods declare no ports at all, so nothing can be told).
//   named-port-unresolved    a named targetPort some selected pods lack: the endpoint controller
//                            leaves those pods out of the port's endpoints (warning).
//   service-no-selector      no selector and no Endpoints given: Kubernetes manages no
//                            endpoints for it (info).
// Two Services claiming one nodePort: the builder reports the allocator's error; nothing here.
// Locations come from the objects read (the Service's selector or targetPort field).

#include "core/model/cluster.h"
#include "core/base/diagnostic.h"
#include "core/objects/objects.h"

namespace hopscope {

Diagnostics lintCluster(const Cluster &cluster, const ManifestSet &manifests);

} // namespace hopscope
