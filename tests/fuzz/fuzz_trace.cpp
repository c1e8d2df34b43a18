// libFuzzer target: arbitrary bytes through the whole request path — reader, builder,
// kube-proxy's rules and the tracer (fuzzpipelines.h, tracePipeline).
// Nothing may crash, hang, leak or run into undefined behaviour.
//
// Build and run: tests/tools/sanitize.sh fuzz (README, "Sanitizers and fuzzing").
// A finding goes to tests/data/invalid/fuzz/, which tst_fuzzregressions runs.

#include "fuzzpipelines.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    hopscope::fuzz::tracePipeline(bytes);
    return 0;
}
