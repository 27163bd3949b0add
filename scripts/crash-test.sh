#!/usr/bin/env bash
# Runs the crash-safety harness of issue 5 at full size: 1,000 SIGKILLs of a child editing a register, each
# followed by the integrity check, `trygg-cli check`'s checks and a search for every edit reported committed.
#
#   scripts/crash-test.sh [BUILD_DIR]     # an existing build directory, default build/
#
# TRYGG_CRASH_ITERATIONS, TRYGG_CRASH_SEED and TRYGG_CRASH_DIR (a folder on the disk to test, default
# /dev/shm) override the defaults; see tests/core/CrashSafetyTest.cpp.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
    echo "crash-test.sh: $build is not a configured build directory; run scripts/test.sh first" >&2
    exit 2
fi
cmake --build "$build" --target core_tests
export TRYGG_CRASH_ITERATIONS="${TRYGG_CRASH_ITERATIONS:-1000}"
"$build/tests/core_tests" --gtest_filter='CrashSafety*'
