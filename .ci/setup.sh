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
    local wanted=("${HOPSCOPE_PACKAGES[@]}" "$@")
    local missing=()
    local installed p
    # One dpkg-query for all of them (a query per package costs a second on a busy machine).
    # (dpkg-query exits 1 when some are not installed at all: not an error here, under pipefail.)
    installed=$( { dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true; } |
                awk '/ install ok installed$/ {print $1}')
    for p in "${wanted[@]}"; do
        grep -qxF "$p" <<<"$installed" || missing+=("$p")
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

# Builds only the app (what run.sh needs), quietly: nothing is printed when it is up to date (no
# source newer than the binary: make is not even started), one line when it has to build, and the
# build's own output only when it fails.
hopscope_build_app() {
    local dir=${HOPSCOPE_BUILD_DIR:-build}
    local bin="$dir/app/hopscope"
    if [ -x "$bin" ] && [ -f "$dir/CMakeCache.txt" ] &&
       [ -z "$(find CMakeLists.txt app core resources translations -newer "$bin" -print -quit)" ]; then
        return 0
    fi
    echo "hopscope: building the app (the first time takes a few minutes; log: $dir/build-app.log)" >&2
    mkdir -p "$dir"
    if ! hopscope_build --target hopscope >"$dir/build-app.log" 2>&1; then
        tail -n 40 "$dir/build-app.log" >&2
        echo "hopscope: the build failed (whole log: $dir/build-app.log)" >&2
        exit 1
    fi
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
        cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$dir" -j"$jobs" "$@"
}
