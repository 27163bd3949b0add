#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds the benchmarks in Release and runs them on a demo register of 2,000 assets and 100,000 risks.
# Targets (README, "Speed"): open < 0.3 s, prioritise < 50 ms, export the plan CSV < 0.5 s; the plan as PDF
# (bench/plan-pdf.sh) and `export risks` against sqlite3 (bench/export-risks.sh) check their own, as does
# opening the register from a PostgreSQL server in under 1 s (bench/server-open.sh, on a throwaway cluster), and
# 50 clients editing one register on a server for 60 s lose no update (bench/many-clients.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRYGG_BUILD_TESTS=OFF -DTRYGG_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j2 --target trygg-bench trygg-gui-bench
build-bench/bench/trygg-bench "$@"
QT_QPA_PLATFORM=offscreen build-bench/bench/trygg-gui-bench "$@"
cmake --build build-bench -j2 --target trygg-cli trygg-server-bench trygg-many-clients-bench
bash bench/plan-pdf.sh build-bench/app/trygg-cli
bash bench/export-risks.sh build-bench/app/trygg-cli
bash bench/server-open.sh build-bench
bash bench/many-clients.sh build-bench
