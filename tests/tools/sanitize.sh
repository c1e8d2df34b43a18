#!/usr/bin/env bash
# Sanitizer and fuzzing runs (README, "Sanitizers and fuzzing"). One build, build-asan/ (CMake
# preset "asan": clang, ASan + UBSan on everything, the libFuzzer targets included).
#
#   tests/tools/sanitize.sh asan [CTEST-ARGS...]   build everything, run the whole test suite
#   tests/tools/sanitize.sh fuzz [SECONDS]         build the fuzz targets, run each for SECONDS
#                                                  (default 600), one job; logs and findings in
#                                                  build-asan/fuzz/
#
# Installs what is missing on Debian 12 first (.ci/setup.sh, with clang: this path only).
# JOBS=N sets the build's parallelism (default: nproc).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/setup.sh
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
hopscope_install_packages "${HOPSCOPE_SANITIZE_PACKAGES[@]}"
cmake --preset asan >/dev/null

case "${1:-}" in
asan)
    shift
    cmake --build --preset asan -j"$jobs"
    ctest --preset asan -j"$jobs" "$@"
    ;;
fuzz)
    seconds=${2:-600}
    cmake --build --preset fuzz -j"$jobs"
    out=build-asan/fuzz
    stamp=$(date -u +%Y%m%dT%H%M%SZ) # every run keeps its own log
    status=0
    for target in fuzz_reader fuzz_trace fuzz_yamldiff; do
        # The first corpus directory collects what the fuzzer finds; the others are seeds.
        mkdir -p "$out/corpus-$target" "$out/findings"
        seeds=(tests/fuzz/corpus tests/data/invalid)
        [ "$target" = fuzz_trace ] &&
            seeds=(tests/data/valid resources/demo tests/data/kube-proxy tests/fuzz/corpus)
        [ "$target" = fuzz_yamldiff ] && seeds=(tests/fuzz/corpus-yamldiff tests/fuzz/corpus)
        log=$out/$target-$stamp.log
        echo "== $target: $seconds s, log $log"
        build-asan/tests/fuzz/$target "$out/corpus-$target" "${seeds[@]}" \
            -dict=tests/fuzz/yaml.dict -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/findings/$target-" \
            >"$log" 2>&1 || status=1
        grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::|^(==|SUMMARY)' "$log" || true
    done
    echo "== findings:"
    ls -A "$out/findings" | grep . || echo "(none)"
    exit $status
    ;;
*)
    sed -n '2,10p' "$0" >&2
    exit 2
    ;;
esac
