#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything with warnings as errors, checks the formatting and
# runs every test (ctest, default label set; the slow label is excluded, see README).
set -euo pipefail
cd "$(dirname "$0")/../.."
# Compile-cache hits across checkouts and build folders (paths below here are made relative).
export CCACHE_BASEDIR="$PWD"

packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
cmake --build --preset ci --target format-check
ctest --preset ci -j2 "$@"
