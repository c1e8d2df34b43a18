#pragma once

#include "core/model/cluster.h"
#include "core/model/clustersettings.h"
#include "core/objects/objects.h"

namespace hopscope {

// Turns what was read into a Cluster, as the control plane would: API-server defaulting,
// ClusterIP / NodePort / load-balancer allocation, node pod CIDRs, scheduling, pod IPAM and the
// endpoint controller. Deterministic: the same ManifestSet and settings give the same Cluster.
class ClusterBuilder
{
public:
    static Cluster build(const ManifestSet &manifests, const ClusterSettings &settings);
};

// read + build, the path every front end takes.
Cluster loadCluster(const QStringList &paths, const ClusterSettings &settings);

} // namespace hopscope
