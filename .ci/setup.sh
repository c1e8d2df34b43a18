# Shared by run.sh and test.sh (sourced): install the Debian 12 packages Hopscope needs, then
# configure and build it incrementally in build/.
set -euo pipefail

HOPSCOPE_PACKAGES=(
    g++ cmake make pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev libxkbcommon-dev
    libyaml-cpp-dev
    fonts-noto-cjk fonts-dejavu-core
    xvfb xauth
    # the checks of the desktop entry, AppStream data, MIME type and completion (tests/packaging)
    desktop-file-utils appstream shared-mime-info bash-completion
)
# Only for tests/tools/sanitize.sh (never test.sh or run.sh): clang, its ASan/UBSan/libFuzzer
# runtimes, and llvm-symbolizer for readable stack traces.
HOPSCOPE_SANITIZE_PACKAGES=(clang libclang-rt-dev llvm)

# Installs HOPSCOPE_PACKAGES and any further packages given as arguments.
hopscope_install_packages() {
    local missing=()
    local p
    for p in "${HOPSCOPE_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "hopscope: installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "hopscope: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

hopscope_build() {
    local dir=${HOPSCOPE_BUILD_DIR:-build}
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
    # Paths relative to the checkout and no working directory in the hash: a second clone or
    # worktree (CI's among them) reuses what this one compiled.
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    cmake --build "$dir" -j"$jobs"
}
