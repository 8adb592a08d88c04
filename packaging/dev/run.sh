#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Madoguchi on its local encrypted database.
# Without a display it runs under Xvfb, saves a screenshot of the window it opened and says where.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Compile-cache hits across checkouts and build folders (paths below here are made relative).
export CCACHE_BASEDIR="$PWD"

packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target madoguchi madoguchi-cli

app=build/default/app/gui/madoguchi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi
shot=${MADOGUCHI_SCREENSHOT:-$PWD/build/screenshots/madoguchi.png}
mkdir -p "$(dirname "$shot")"
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshot "$shot" --quit-after-screenshot "$@"
echo "No display here: Madoguchi ran under Xvfb. Screenshot of its window: $shot"
