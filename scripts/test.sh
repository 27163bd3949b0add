#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The test command: on a fresh Debian 12 machine installs what is missing, then configures, builds
# and runs every test. Exits non-zero on any failure.
#   scripts/test.sh             the default build (RelWithDebInfo)
#   TRYGG_PRESET=sanitize scripts/test.sh    the same suite under ASan and UBSan
# The tests run with a PostgreSQL cluster of their own (scripts/pg-cluster.sh), named by TRYGG_TEST_POSTGRES.
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
# A throwaway PostgreSQL cluster for the tests of the shared register (scripts/pg-cluster.sh), stopped and
# removed when this script ends, whether the tests pass or not.
TRYGG_PG_CLUSTER=""
trap 'if [ -n "$TRYGG_PG_CLUSTER" ]; then bash scripts/pg-cluster.sh stop "$TRYGG_PG_CLUSTER"; fi' EXIT
trap 'exit 130' INT TERM
cluster=$(bash scripts/pg-cluster.sh start) # a failed start ends the script here (set -e)
eval "$cluster"
ctest --preset "$preset"
