#include "clusterbuilder.h"
#include "manifestreader.h"

namespace hopscope {

Cluster loadCluster(const QStringList &paths, const ClusterSettings &settings)
{
    return ClusterBuilder::build(ManifestReader::readPaths(paths), settings);
}

} // namespace hopscope
