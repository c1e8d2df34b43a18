#pragma once

#include "core/objects/objects.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace hopscope {

// Limits that keep hostile input from hurting the app (DESIGN.md, "Streaming YAML, with guards").
// Every file goes through the bounded reader (core/base/boundedread.h): regular files only,
// read in chunks up to maxFileBytes, binary data refused on its first chunk.
struct ReadOptions
{
    qint64 maxFileBytes = qint64(2) << 30;     // --max-file-size; a 150k-pod dump is ~0.6 GiB
    qint64 maxDocumentBytes = qint64(64) << 20; // one document (or one item of a List)
    int maxDepth = 100;                          // nesting; yaml-cpp itself gives up at 500
    qint64 maxAliasNodes = 10000;                // nodes copied by alias expansion, per document
    qint64 maxAliasBytes = qint64(4) << 20;      // text copied by alias expansion, per document
    int maxFiles = 10000;                        // files under the directories given (sorted)
    // Objects (documents and List items) in all the files: --max-objects. Kubernetes' tested
    // limits are 150,000 pods, 10,000 Services and 5,000 nodes; a dump of such a cluster with
    // its Endpoints, EndpointSlices, workloads and ConfigMaps holds ~200,000 objects.
    qint64 maxObjects = 400000;
    // The command-line options that raise the limits, named in the hints ("" in the app).
    QString fileSizeOption = QStringLiteral("--max-file-size");
    QString objectsOption = QStringLiteral("--max-objects");
    bool parallel = true;                        // parse documents on all cores (QtConcurrent)
    // Called now and then with bytes parsed so far and the total; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Called with each file's text just before it is parsed (after a byte-order mark is removed
    // and UTF-16 converted; only for text that passed the binary and UTF-8 guards), on the
    // calling thread: the text-level checks (checks.h) see exactly the bytes the parser saw.
    std::function<void(const QString &file, const QByteArray &text)> onText;
};

// Reads Kubernetes manifests: files, directories (recursively, *.yaml/*.yml/*.json, sorted), "-"
// for stdin (named "<stdin>" in diagnostics); multi-document streams, `kind: List`, flow style, JSON. Every object keeps
// file:line:col. Problems become diagnostics, never exceptions.
class ManifestReader
{
public:
    static ManifestSet readPaths(const QStringList &paths, const ReadOptions &options = {});
    static ManifestSet readBytes(const QByteArray &bytes, const QString &fileName,
                                 const ReadOptions &options = {});
};

} // namespace hopscope
