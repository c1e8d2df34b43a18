#!/usr/bin/env bash
# Sets up Hopscope on Debian 12 (installs what is missing, builds) and opens it.
#   ./run.sh              the bundled demo
#   ./run.sh FILE|DIR...  your manifests (or - for stdin)
cd "$(dirname "$0")"
source .ci/setup.sh
hopscope_install_packages
hopscope_build
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "hopscope: no display found; starting it inside Xvfb (set DISPLAY to see the window)" >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/hopscope "$@"
fi
exec build/app/hopscope "$@"
