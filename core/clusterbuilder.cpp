#include "clusterbuilder.h"

#include "manifestreader.h"

// PLACEHOLDER (kubectl branch) so that `hopscope kubectl` links while the cluster builder is
// written: the builder's own clusterbuilder.cpp replaces this file whole. It builds nothing and
// reports that, as the placeholder reader did.
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
