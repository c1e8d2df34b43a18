#pragma once

// Teaching checks on the objects read (no Cluster needed), beyond what the API server checks,
// each tied to its consequence on the network:
//
//   ports-split            a Service whose ports: items each hold part of one mapping
//                          (`- targetPort: 80` / `- port: 80` / `- nodePort: 30008`, as in the
//                          seed): one error at the list; the API errors come from validation.
//   ipv6-not-modelled      ipFamilies IPv6, ipFamilyPolicy RequireDualStack (warning) or
//                          PreferDualStack (info), an IPv6 clusterIP: Hopscope's cluster is IPv4.
//   affinity-config-ignored  sessionAffinityConfig with sessionAffinity None (dropped by the API
//                          server's defaulting).
//   labels-invalid         a Pod's or workload's labels or selector that the API server refuses
//                          (`app: my app`), with its text (Services: see servicevalidation.h).

#include "core/model/clustersettings.h"
#include "core/base/diagnostic.h"
#include "core/objects/objects.h"

namespace hopscope {

Diagnostics lintObjects(const ManifestSet &manifests, const ClusterSettings &settings);

// Every check on the objects: validateService() for each Service, then lintObjects().
Diagnostics checkObjects(const ManifestSet &manifests, const ClusterSettings &settings);

// The Service's ports: items that hold part of a mapping (no port: but another port field).
// Empty when the list is not split.
QList<int> splitPortItems(const ServiceObject &service);

} // namespace hopscope
