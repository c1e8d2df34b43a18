#!/usr/bin/env bash
# Sets up Hopscope on Debian 12 (installs what is missing), builds everything (tests and
# benchmarks included) and runs every test with ctest. Exits non-zero if anything fails.
cd "$(dirname "$0")"
source .ci/setup.sh
hopscope_install_packages
hopscope_build
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${HOPSCOPE_BUILD_DIR:-build}" --output-on-failure -j"$(nproc 2>/dev/null || echo 2)"
