#pragma once

// What the libFuzzer targets run on each input, shared with tst_fuzzregressions so every input
// a fuzzer ever found (tests/data/invalid/fuzz/) is re-run by the ordinary test suite, through
// exactly the same code.
//
//   readerPipeline: the streaming reader with its guards, the text checks and their repaired
//     reading, Service validation and the object checks (checkBytes), the cluster builder and
//     the cluster checks.
//   tracePipeline: the reader, the builder, kube-proxy's rules (one node's iptables-restore
//     text) and the tracer, on requests composed as the classroom view composes them
//     (requestTargets), plus a destination written in the input ("# to: web:80"), so the
//     tracer's request parser sees hostile text too.
//   yamlDifference: the fast block-YAML path against yaml-cpp, tree for tree, on every piece
//     the splitter cuts (the differential target fuzz_yamldiff aborts on any difference).

#include "core/lint/checks.h"
#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"
#include "core/proxy/proxyrules.h"
#include "core/trace/requesttargets.h"
#include "core/api/servicevalidation.h"
#include "core/trace/tracer.h"
#include "core/yaml/documentsplitter.h"
#include "core/yaml/simpleyaml.h"
#include "core/yaml/yamlparse.h"

#include <QByteArray>
#include <QStringList>

namespace hopscope::fuzz {

inline void readerPipeline(const QByteArray &bytes)
{
    ReadOptions options;
    options.parallel = false; // one thread: reproducible, and the fuzzer's timing stays honest
    ClusterSettings settings;
    settings.maxWorkloadPods = 1000; // keeps each run fast; the guard itself is what is tested
    CheckResult result = checkBytes(bytes, QStringLiteral("fuzz.yaml"), settings, options);
    for (const ServiceObject &s : result.manifests.services)
        (void)kubectlServiceError(s);
    addClusterChecks(result, ClusterBuilder::build(result.manifests, settings));
    (void)sortDiagnostics(result.diagnostics, result.manifests.files);
}

// The destination written in the input, if any: the rest of the first "# to: " line.
inline QString writtenDestination(const QByteArray &bytes)
{
    const qsizetype at = bytes.indexOf("# to: ");
    if (at < 0)
        return {};
    const qsizetype end = bytes.indexOf('\n', at);
    return QString::fromUtf8(bytes.mid(at + 6, end < 0 ? -1 : end - at - 6)).left(200);
}

// Returns the number of traces run.
inline int tracePipeline(const QByteArray &bytes)
{
    ReadOptions options;
    options.parallel = false;
    ClusterSettings settings;
    settings.maxWorkloadPods = 200;
    const ManifestSet manifests =
        ManifestReader::readBytes(bytes, QStringLiteral("fuzz.yaml"), options);
    const Cluster cluster = ClusterBuilder::build(manifests, settings);
    const ProxyRules rules(cluster);
    // A byte of the input picks the entities, so every node, Service and pod gets its turn.
    const qsizetype pick = bytes.isEmpty() ? 0 : quint8(bytes.at(bytes.size() / 2));
    if (!cluster.nodes.isEmpty()) {
        const NodeInfo &node = cluster.nodes.at(pick % cluster.nodes.size());
        if (const auto nodeRules = rules.forNode(node.name))
            (void)nodeRules->restoreText();
    }
    QStringList sources{QStringLiteral("client")};
    if (!cluster.pods.isEmpty())
        sources << cluster.pods.at(pick % cluster.pods.size()).id;
    if (!cluster.nodes.isEmpty())
        sources << cluster.nodes.first().id;
    QStringList entities;
    if (!cluster.services.isEmpty())
        entities << cluster.services.at(pick % cluster.services.size()).id;
    if (!cluster.pods.isEmpty())
        entities << cluster.pods.first().id;

    TraceSession session(cluster, rules);
    const QString written = writtenDestination(bytes);
    int traces = 0;
    const auto request = [](const QString &from, const QString &to, quint64 seed) {
        TraceRequest r;
        r.from = from;
        r.to = to;
        r.seed = seed;
        return r;
    };
    for (const QString &from : sources) {
        if (!written.isEmpty()) {
            (void)session.trace(request(from, written, 1));
            ++traces;
        }
        for (const QString &entity : entities) {
            for (const RequestTarget &target : requestTargets(cluster, entity, from)) {
                if (traces >= 8)
                    return traces;
                (void)session.trace(request(from, target.to, quint64(pick)));
                ++traces;
            }
        }
    }
    return traces;
}

// One node as the differential target compares it: every field of YamlNode.
inline QString describeYamlNode(const YamlNode &n)
{
    return QStringLiteral("%1 %2:%3 plain=%4 flow=%5 tag=%6 \"%7\" children=%8")
        .arg(int(n.type))
        .arg(n.line)
        .arg(n.column)
        .arg(n.plain)
        .arg(n.flow)
        .arg(n.tag, n.scalar)
        .arg(n.children.size());
}

inline QString yamlTreeDifference(const YamlNode &a, const YamlNode &b, const QString &path)
{
    if (describeYamlNode(a) != describeYamlNode(b))
        return QStringLiteral("%1: fast %2 / yaml-cpp %3")
            .arg(path, describeYamlNode(a), describeYamlNode(b));
    for (std::size_t i = 0; i < a.children.size(); ++i) {
        const QString d = yamlTreeDifference(a.children[i], b.children[i],
                                             path + u'/' + QString::number(i));
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

// The first difference between the fast path's tree and yaml-cpp's for a piece the fast path
// accepts (it may decline anything; yaml-cpp then reads it), or an empty text.
inline QString yamlDifference(const QByteArray &bytes)
{
    for (const YamlChunk &chunk : splitDocuments(bytes)) {
        YamlLimits limits;
        YamlParseResult fast;
        if (!parseSimpleYaml(chunk, limits, &fast))
            continue;
        limits.simpleFastPath = false;
        const YamlParseResult slow = parseYamlChunk(chunk, limits);
        if (!slow.diagnostics.isEmpty())
            return QStringLiteral("accepted what yaml-cpp refuses: ") +
                   slow.diagnostics.first().message;
        if (fast.documents.size() != slow.documents.size())
            return QStringLiteral("%1 documents, yaml-cpp %2")
                .arg(fast.documents.size())
                .arg(slow.documents.size());
        for (std::size_t i = 0; i < fast.documents.size(); ++i) {
            const QString d = yamlTreeDifference(fast.documents[i].root, slow.documents[i].root,
                                                 QStringLiteral("doc%1").arg(i));
            if (!d.isEmpty())
                return d;
        }
    }
    return QString();
}

} // namespace hopscope::fuzz
