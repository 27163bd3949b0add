#!/usr/bin/env bash
# The test command: on a fresh Debian 12 machine installs what is missing, then configures, builds
# and runs every test. Exits non-zero on any failure.
#   scripts/test.sh             the default build (RelWithDebInfo)
#   TRYGG_PRESET=sanitize scripts/test.sh    the same suite under ASan and UBSan
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

preset=${TRYGG_PRESET:-default}
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset"
