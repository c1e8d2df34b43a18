// libFuzzer target: arbitrary bytes through everything a manifest goes through — the streaming
// reader with its guards, the text checks and their repaired reading, Service validation and
// the object checks, then the cluster builder and the cluster checks (fuzzpipelines.h,
// readerPipeline).
// Nothing may crash, hang, leak or run into undefined behaviour.
//
// Build and run: tests/tools/sanitize.sh fuzz (README, "Sanitizers and fuzzing"); by hand:
//   cmake --preset fuzz && cmake --build --preset fuzz -j2
//   mkdir -p build-fuzz/corpus/fuzz_reader
//   build-fuzz/tests/fuzz/fuzz_reader build-fuzz/corpus/fuzz_reader tests/fuzz/corpus \
//       tests/data/invalid -dict=tests/fuzz/yaml.dict -max_total_time=600 -timeout=10 \
//       -rss_limit_mb=2048
// A crash leaves crash-<sha1> (or timeout-, oom-, leak-): add it to tests/data/invalid/fuzz/
// (tst_fuzzregressions runs every file there), fix, and re-run it alone with
// `build-fuzz/tests/fuzz/fuzz_reader FILE`.

#include "fuzzpipelines.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    hopscope::fuzz::readerPipeline(bytes);
    return 0;
}
