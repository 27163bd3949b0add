#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs the crash-safety harnesses at full size:
#  - issue 5: 1,000 SIGKILLs of a child editing a register through the core, each followed by the integrity
#    check, `trygg-cli check`'s checks and a search for every edit reported committed (core_tests,
#    CrashSafety*);
#  - issue 12: 200 SIGKILLs each of `trygg-cli combine` (into a new file and into an existing register),
#    `matrix --import` and `export --all-units`, each followed by every read-only command on the register
#    (check, export risks/plan/assets, matrix, matrix --export, history, due), all of which must succeed;
#    a killed combine into a new file leaves no register or a whole one (cli_tests, CliCrashTest*).
#
#   scripts/crash-test.sh [BUILD_DIR] [CLI_KILLS]   # default build/ and 200 kills per command
#
# TRYGG_CRASH_ITERATIONS (the core harness, default 1000 here), TRYGG_CRASH_SEED and TRYGG_CRASH_DIR (a
# folder on the disk to test, default /dev/shm) override the defaults; see tests/core/CrashSafetyTest.cpp
# and tests/cli/CliCrashTest.cpp. The normal test suite (and so CI) runs the same harnesses with 200 core
# kills and 8 per command.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cli_kills="${2:-200}"
if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
    echo "crash-test.sh: $build is not a configured build directory; run scripts/test.sh first" >&2
    exit 2
fi
if ! [[ "$cli_kills" =~ ^[0-9]+$ ]]; then
    echo "crash-test.sh: CLI_KILLS must be a number, not '$cli_kills'" >&2
    exit 2
fi
cmake --build "$build" --target core_tests cli_tests
export TRYGG_CRASH_ITERATIONS="${TRYGG_CRASH_ITERATIONS:-1000}"
"$build/tests/core_tests" --gtest_filter='CrashSafety*'
TRYGG_CLI_CRASH_ITERATIONS="$cli_kills" "$build/tests/cli_tests" --gtest_filter='CliCrashTest*'
