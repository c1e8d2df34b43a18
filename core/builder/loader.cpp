#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"

namespace hopscope {

Cluster loadCluster(const QStringList &paths, const ClusterSettings &settings)
{
    return ClusterBuilder::build(ManifestReader::readPaths(paths), settings);
}

} // namespace hopscope
