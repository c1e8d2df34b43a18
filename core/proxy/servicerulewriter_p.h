#pragma once

// The writer behind generateServicePortRules: one Service port's rules on one node, section by
// section in kube-proxy's emission order (proxier.go syncProxyRules, the per-service-port loop).

#include "core/proxy/servicerules.h"

namespace hopscope {

// Appends the rules and chains to `out` (its plan pointer and reservations are the caller's).
void writeServicePortRules(ServicePortRules &out, const ServicePortPlan &plan,
                           const ServicePortNodeContext &node, const ProxierConfig &config);

} // namespace hopscope
