// libFuzzer target: arbitrary bytes through everything a manifest goes through — the streaming
// reader with its guards (ManifestReader::readBytes), the text checks and their repaired reading,
// Service validation and the object checks (checkBytes), then the cluster builder
// (ClusterBuilder::build) and the cluster checks.
// Nothing may crash, hang, leak or run into undefined behaviour.
//
// Build and run (clang; ASan and UBSan come with HOPSCOPE_FUZZ):
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DHOPSCOPE_FUZZ=ON -DHOPSCOPE_BENCH=OFF
//   cmake --build build-fuzz -j2 --target fuzz_reader
//   mkdir -p build-fuzz/corpus
//   build-fuzz/tests/fuzz/fuzz_reader build-fuzz/corpus tests/fuzz/corpus \
//       -dict=tests/fuzz/yaml.dict -max_total_time=600 -jobs=1 -timeout=10 -rss_limit_mb=2048
// A crash leaves crash-<sha1> in the working directory: add it to tests/data/invalid/ with a
// test row, fix, and re-run it with `build-fuzz/tests/fuzz/fuzz_reader crash-<sha1>`.

#include "core/checks.h"
#include "core/clusterbuilder.h"
#include "core/servicevalidation.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace hopscope;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ReadOptions options;
    options.parallel = false; // one thread: reproducible, and the fuzzer's timing stays honest
    ClusterSettings settings;
    settings.maxWorkloadPods = 1000; // keeps each run fast; the guard itself is what is tested
    CheckResult result = checkBytes(bytes, QStringLiteral("fuzz.yaml"), settings, options);
    for (const ServiceObject &s : result.manifests.services)
        (void)kubectlServiceError(s);
    addClusterChecks(result, ClusterBuilder::build(result.manifests, settings));
    (void)sortDiagnostics(result.diagnostics, result.manifests.files);
    return 0;
}
