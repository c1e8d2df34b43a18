#include "clusterbuilder.h"

#include "manifestreader.h"

// Placeholder until the cluster builder lands (so that loadCluster links): it reports that
// nothing could be built. The real builder replaces this file.
namespace hopscope {

Cluster ClusterBuilder::build(const ManifestSet &manifests, const ClusterSettings &settings)
{
    Cluster cluster;
    cluster.settings = settings;
    cluster.files = manifests.files;
    cluster.diagnostics = manifests.diagnostics;
    cluster.diagnostics << Diagnostic{Severity::Error,
                                      QStringLiteral("not-implemented"),
                                      SourceLocation{},
                                      QStringLiteral("the cluster builder is not implemented yet"),
                                      {},
                                      {}};
    cluster.reindex();
    return cluster;
}

Cluster loadCluster(const QStringList &paths, const ClusterSettings &settings)
{
    return ClusterBuilder::build(ManifestReader::readPaths(paths), settings);
}

} // namespace hopscope
