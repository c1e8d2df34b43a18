// libFuzzer target, differential: the fast reader of plain block YAML (core/yaml/simpleyaml.h)
// must build exactly the tree yaml-cpp's events build — every type, scalar, quoting, flow flag,
// tag, line and column — or decline. Every input is cut as the reader cuts a file (documents,
// List items) and each piece the fast path accepts is parsed again by yaml-cpp alone; any
// difference aborts with both trees' first differing node.
//
//   build-fuzz/tests/fuzz/fuzz_yamldiff build-fuzz/corpus/fuzz_yamldiff \
//       tests/fuzz/corpus-yamldiff -dict=tests/fuzz/yaml.dict -max_total_time=300 -timeout=10
// A finding: keep it in tests/data/invalid/fuzz/ (tst_fuzzregressions runs the same comparison,
// fuzzpipelines.h) or as a row of tests/core/yaml/tst_simpleyaml.cpp's snippets, and fix.

#include "fuzzpipelines.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString d = hopscope::fuzz::yamlDifference(bytes);
    if (!d.isEmpty()) {
        std::fprintf(stderr, "fast path and yaml-cpp differ: %s\n", qPrintable(d));
        std::abort();
    }
    return 0;
}
