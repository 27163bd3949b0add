#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Builds the core, trygg-cli and the core and command-line tests for 64-bit Windows with Debian's
# mingw-w64, and runs the tests under Wine (README.md, "Windows"):
#
#   scripts/test-windows.sh            # build in build-windows/, run core_tests and cli_tests
#
# The libraries Debian does not ship for mingw are built first by scripts/build-windows-deps.sh into
# ${TRYGG_MINGW_CACHE:-~/.cache/trygg-mingw} (reused when present). Wine runs in a throwaway prefix.
# Without the window (TRYGG_BUILD_GUI=OFF) and the Qt reports: the CLI is built without them, as when Qt
# is absent.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${TRYGG_WINDOWS_BUILD:-$ROOT/build-windows}
JOBS=${TRYGG_JOBS:-2}
CACHE=${TRYGG_MINGW_CACHE:-${HOME}/.cache/trygg-mingw}
export TRYGG_MINGW_CACHE="$CACHE" TRYGG_MINGW_PREFIX="$CACHE/prefix"

"$ROOT/scripts/build-windows-deps.sh"

launcher=""
if command -v ccache >/dev/null 2>&1; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"
fi
# shellcheck disable=SC2086
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/mingw-w64.cmake" -DCMAKE_BUILD_TYPE=Release \
    -DTRYGG_BUILD_GUI=OFF -DTRYGG_BUILD_BENCH=OFF -DTRYGG_BUILD_TESTS=ON $launcher >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target trygg-cli core_tests cli_tests

# A Wine prefix of its own, removed afterwards; no Wine debug chatter, no desktop integration.
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/trygg-wine.XXXXXX")
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="winemenubuilder.exe,mscoree,mshtml=d"
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$WINEPREFIX"' EXIT
wineboot --init >/dev/null 2>&1 || true
WINE=$(command -v wine64 || command -v wine)

status=0
cd "$BUILD"
for test in tests/core_tests.exe tests/cli_tests.exe; do
    echo "== $test (Wine)"
    # The test data as the build names it (a Linux path, which Wine reads through its Z: drive).
    TRYGG_TEST_DATA="$ROOT/tests/data" "$WINE" "$test" --gtest_brief=1 "$@" || status=1
done
exit $status
