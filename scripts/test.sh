#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The test command: on a fresh Debian 12 machine installs what is missing, then configures, builds
# and runs every test. Exits non-zero on any failure.
#   scripts/test.sh             the default build (RelWithDebInfo)
#   TRYGG_PRESET=sanitize scripts/test.sh    the same suite under ASan and UBSan
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

preset=${TRYGG_PRESET:-default}
# The benchmarks are off by default (for packagers); the test command builds them so they keep compiling.
options=()
if [ "$preset" = default ]; then
    options+=(-DTRYGG_BUILD_BENCH=ON)
fi
cmake --preset "$preset" "${options[@]}"
cmake --build --preset "$preset"
ctest --preset "$preset"
