#!/usr/bin/env bash
# Sets up Hopscope on Debian 12 (installs what is missing, builds the app) and opens it.
#   ./run.sh              the bundled demo
#   ./run.sh FILE|DIR...  your manifests (or - for stdin)
#   ./run.sh COMMAND ...  a command without a display (lint, trace, render, …; --help lists them)
# Once built it prints nothing and opens at once: the build is skipped while no source is newer
# than the binary.
cd "$(dirname "$0")"
source .ci/setup.sh
hopscope_install_packages
hopscope_build_app
bin=${HOPSCOPE_BUILD_DIR:-build}/app/hopscope
# --version, --help and the subcommands need no display.
case "${1:-}" in
    -v|--version|-h|--help|help|lint|trace|render|kubectl|iptables|nftables|generate)
        exec "$bin" "$@" ;;
esac
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "hopscope: no display found; starting it inside Xvfb (set DISPLAY to see the window)" >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" "$@"
fi
exec "$bin" "$@"
