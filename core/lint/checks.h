#pragma once

// The one entry point front ends use to say everything Hopscope knows about some manifests, in a
// stable order: the reader's diagnostics (YAML, decoding, guards), the text checks
// (manifestlint.h), the API server's validation of Services (servicevalidation.h), the object
// checks (objectlint.h) and, given a Cluster, the builder's diagnostics and the cluster checks
// (clusterlint.h). The list is de-duplicated and sorted by file (input order), line, column.
//
// When the text checks find mistakes that stop YAML from reading a document as meant (tabs,
// `kind:Service`, `-port:`), that document is read again with them repaired, and the problems of
// that reading replace the ones of the literal reading (which are only their consequences, such
// as yaml-cpp's "illegal map value" a line later): they are located in the original text, their
// hint starts with "(Found with each tab taken as 2 spaces …)", and one info diagnostic
// ("repaired-reading") says what the document then means. The objects of the repaired reading
// are only described, never built: the cluster comes from the literal reading.

#include "core/model/cluster.h"
#include "core/model/clustersettings.h"
#include "core/base/diagnostic.h"
#include "core/objects/manifestreader.h"
#include "core/objects/objects.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hopscope {

struct CheckResult
{
    ManifestSet manifests;   // the literal reading (what the cluster builder builds)
    Diagnostics diagnostics; // sorted, de-duplicated
    // Per file, the line ranges (first, last) of documents read repaired: other sources'
    // diagnostics in these ranges are consequences of the mistakes and are left out.
    QHash<QString, QList<QPair<int, int>>> repairedRanges;
};

CheckResult checkPaths(const QStringList &paths, const ClusterSettings &settings,
                       ReadOptions options = {});
CheckResult checkBytes(const QByteArray &bytes, const QString &fileName,
                       const ClusterSettings &settings, ReadOptions options = {});

// Adds the cluster's own diagnostics (reading and building) and lintCluster() to a result.
void addClusterChecks(CheckResult &result, const Cluster &cluster);

// Reads, builds and checks in one go (what the window shows, what `hopscope trace` cites at a
// failing hop): the cluster of the literal reading, as loadCluster() builds it (its own
// diagnostics unchanged), and in `checks` (when not null) every diagnostic checkPaths() and
// addClusterChecks() give. `options` as for checkPaths (progress, cancelling).
Cluster loadCheckedCluster(const QStringList &paths, const ClusterSettings &settings,
                           Diagnostics *checks, ReadOptions options = {});

// Sorted by file (in the order given; files not listed first, by name), line, column, then
// errors before warnings before infos, then code and message; exact duplicates removed (the
// first hint kept when only hints differ).
Diagnostics sortDiagnostics(Diagnostics list, const QStringList &fileOrder);

} // namespace hopscope
