#include "core/builder/loader.h"

#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"

namespace hopscope {

Cluster loadCluster(const QStringList &paths, const ClusterSettings &settings)
{
    return loadCluster(paths, settings, ReadOptions());
}

Cluster loadCluster(const QStringList &paths, const ClusterSettings &settings,
                    const ReadOptions &options)
{
    return ClusterBuilder::build(ManifestReader::readPaths(paths, options), settings);
}

} // namespace hopscope
