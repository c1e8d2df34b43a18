#!/usr/bin/env bash
# Sanitizer and fuzzing runs (README, "Sanitizers and fuzzing").
#
#   tests/tools/sanitize.sh asan [CTEST-ARGS...]   the whole test suite under ASan + UBSan
#                                                  (g++; build-asan/, CMake preset "asan")
#   tests/tools/sanitize.sh fuzz [SECONDS]         each libFuzzer target for SECONDS (default
#                                                  600), one job (clang; build-fuzz/, preset "fuzz")
#
# Installs what is missing on Debian 12 first (.ci/setup.sh; clang only for "fuzz").
# JOBS=N sets the build's parallelism (default: nproc).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/setup.sh
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}

case "${1:-}" in
asan)
    shift
    hopscope_install_packages
    cmake --preset asan
    cmake --build --preset asan -j"$jobs"
    ctest --preset asan -j"$jobs" "$@"
    ;;
fuzz)
    seconds=${2:-600}
    hopscope_install_packages "${HOPSCOPE_FUZZ_PACKAGES[@]}"
    cmake --preset fuzz
    cmake --build --preset fuzz -j"$jobs"
    status=0
    for target in fuzz_reader fuzz_trace; do
        # The first corpus directory collects what the fuzzer finds; the others are seeds.
        work=build-fuzz/corpus/$target
        mkdir -p "$work" build-fuzz/findings
        seeds=(tests/fuzz/corpus tests/data/invalid)
        [ "$target" = fuzz_trace ] &&
            seeds=(tests/data/valid resources/demo tests/data/kube-proxy tests/fuzz/corpus)
        echo "== $target: $seconds s, log build-fuzz/$target.log"
        build-fuzz/tests/fuzz/$target "$work" "${seeds[@]}" -dict=tests/fuzz/yaml.dict \
            -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix=build-fuzz/findings/$target- 2>&1 | tee "build-fuzz/$target.log" \
            | grep -E '^#[0-9]+ +(INITED|DONE)|^stat::|ERROR|SUMMARY' || true
        [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
    done
    ls build-fuzz/findings
    exit $status
    ;;
*)
    sed -n '2,11p' "$0" >&2
    exit 2
    ;;
esac
