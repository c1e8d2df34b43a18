// libFuzzer target, differential: the fast reader of plain block YAML (core/yaml/simpleyaml.h)
// must build exactly the tree yaml-cpp's events build — every type, scalar, quoting, flow flag,
// tag, line and column — or decline. Every input is cut as the reader cuts a file (documents,
// List items) and each piece the fast path accepts is parsed again by yaml-cpp alone; any
// difference aborts with both trees' first differing node.
//
//   build-fuzz/tests/fuzz/fuzz_yamldiff build-fuzz/corpus/fuzz_yamldiff \
//       tests/fuzz/corpus-yamldiff -dict=tests/fuzz/yaml.dict -max_total_time=300 -timeout=10
// A finding: keep it as a row of tests/core/yaml/tst_simpleyaml.cpp's snippets, and fix.

#include "core/yaml/documentsplitter.h"
#include "core/yaml/simpleyaml.h"
#include "core/yaml/yamlparse.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hopscope;

namespace {

QString describe(const YamlNode &n)
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

QString difference(const YamlNode &a, const YamlNode &b, const QString &path)
{
    if (describe(a) != describe(b))
        return QStringLiteral("%1: fast %2 / yaml-cpp %3").arg(path, describe(a), describe(b));
    for (std::size_t i = 0; i < a.children.size(); ++i) {
        const QString d =
            difference(a.children[i], b.children[i], path + u'/' + QString::number(i));
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

void compare(const YamlChunk &chunk)
{
    YamlLimits limits;
    YamlParseResult fast;
    if (!parseSimpleYaml(chunk, limits, &fast))
        return; // declined: yaml-cpp reads it
    limits.simpleFastPath = false;
    const YamlParseResult slow = parseYamlChunk(chunk, limits);
    QString d;
    if (!slow.diagnostics.isEmpty())
        d = QStringLiteral("accepted what yaml-cpp refuses: ") + slow.diagnostics.first().message;
    else if (fast.documents.size() != slow.documents.size())
        d = QStringLiteral("%1 documents, yaml-cpp %2")
                .arg(fast.documents.size())
                .arg(slow.documents.size());
    for (std::size_t i = 0; d.isEmpty() && i < fast.documents.size(); ++i)
        d = difference(fast.documents[i].root, slow.documents[i].root,
                       QStringLiteral("doc%1").arg(i));
    if (!d.isEmpty()) {
        std::fprintf(stderr, "fast path and yaml-cpp differ: %s\n", qPrintable(d));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const YamlChunk &c : splitDocuments(bytes))
        compare(c);
    return 0;
}
