#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds the libFuzzer targets (the `fuzz` CMake preset: clang, ASan, UBSan) and runs each for a bounded
# time on its seed corpus (tests/fuzz/corpus/<target>). Exits non-zero if any target crashes, leaks, or
# breaks one of its checks (tests/fuzz/FuzzChecks.h); the input that did it is left in
# build-fuzz/findings/<target>/ -- copy it to tests/fuzz/regressions/<target>/ once fixed, and core_tests
# replays it from then on.
#   scripts/fuzz.sh [SECONDS]     seconds per target, 60 by default
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
bash scripts/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

# The targets write a register per input: keep those files in memory where possible.
scratch_parent=/tmp
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    scratch_parent=/dev/shm
fi
scratch=$(mktemp -d "$scratch_parent/trygg-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

failed=0
for target in import-assets import-risks import-xlsx open-file matrix-json lock-file; do
    corpus="$scratch/corpus-$target" # grows while fuzzing; the seeds in git stay as they are
    findings="build-fuzz/findings/$target"
    mkdir -p "$corpus" "$findings"
    cp tests/fuzz/corpus/"$target"/* "$corpus"/
    options=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$findings/")
    case "$target" in
        import-xlsx) options+=(-max_len=16384) ;;
        import-*) options+=(-dict=tests/fuzz/csv.dict -max_len=4096) ;;
        open-file) options+=(-max_len=65536) ;;
        matrix-json) options+=(-dict=tests/fuzz/json.dict -max_len=16384) ;;
        lock-file) options+=(-max_len=8192) ;;
    esac
    inputs=("$corpus")
    if [ -d tests/fuzz/regressions/"$target" ]; then
        inputs+=(tests/fuzz/regressions/"$target")
    fi
    echo "== fuzz-$target for $seconds s"
    status=0
    TMPDIR="$scratch" ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        build-fuzz/tests/fuzz/fuzz-"$target" "${options[@]}" "${inputs[@]}" >"build-fuzz/fuzz-$target.log" 2>&1 || status=$?
    grep -aE '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "build-fuzz/fuzz-$target.log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz-$target FAILED (exit $status); the input is in $findings/" >&2
        tail -60 "build-fuzz/fuzz-$target.log" >&2
        failed=1
    fi
done
exit "$failed"
