#pragma once

#include "core/model/cluster.h"
#include "core/model/clustersettings.h"
#include "core/objects/manifestreader.h"

namespace hopscope {

// loadCluster() (clusterbuilder.h) with the reading limits given (--max-file-size …).
Cluster loadCluster(const QStringList &paths, const ClusterSettings &settings,
                    const ReadOptions &options);

} // namespace hopscope
