#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Issue 11's benchmark: `trygg-cli export risks FILE --format csv --output OUT` of the demo register of
# 2,000 assets and 100,000 risks against `sqlite3 -csv FILE 'SELECT * FROM risk'` dumping the same
# file's risk table, process start included, in one paired run: the two commands alternate (which goes
# first alternates too), so both see the same load on the shared machine. Trygg must take at most 3
# times what sqlite3 takes (the ratio of the medians).
# Usage: bench/export-risks.sh [TRYGG-CLI] [RUNS] (default: build-bench/app/trygg-cli, 15 runs of each).
# The demo register is built once and kept in ${TMPDIR:-/tmp}/trygg-bench (rebuilt when TRYGG-CLI is
# newer). Needs the sqlite3 command-line program (installed with apt-get if missing). Exits 1 if missed.
set -euo pipefail
cli=${1:-build-bench/app/trygg-cli}
runs=${2:-15}
limit=3

if ! command -v sqlite3 >/dev/null; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    fi
    echo "Installing: sqlite3"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends sqlite3
fi

cache=${TMPDIR:-/tmp}/trygg-bench
mkdir -p "$cache"
register=$cache/demo-2000-100000.trygg
if [ ! -s "$register" ] || [ "$cli" -nt "$register" ]; then
    rm -f "$register"
    "$cli" demo "$register" --assets 2000 --risks 100000 --seed 11 >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

trygg() { "$cli" export risks "$register" --format csv --output "$work/trygg.csv"; }
dump() { sqlite3 -csv "$register" 'SELECT * FROM risk' >"$work/sqlite.csv"; }
# Wall time of one run in microseconds (bash's EPOCHREALTIME: no extra process, microsecond resolution).
timed() {
    local start=${EPOCHREALTIME/[.,]/}
    "$@"
    local end=${EPOCHREALTIME/[.,]/}
    echo $((end - start))
}

trygg # once each before timing: the file in the page cache, the programs loaded
dump
for i in $(seq "$runs"); do
    if ((i % 2)); then
        timed trygg >>"$work/trygg.us"
        timed dump >>"$work/sqlite.us"
    else
        timed dump >>"$work/sqlite.us"
        timed trygg >>"$work/trygg.us"
    fi
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
trygg_us=$(median "$work/trygg.us")
sqlite_us=$(median "$work/sqlite.us")
rows=$(($(sqlite3 "$register" 'SELECT count(*) FROM risk')))
awk -v t="$trygg_us" -v s="$sqlite_us" -v runs="$runs" -v rows="$rows" -v limit="$limit" \
    -v tb="$(wc -c <"$work/trygg.csv")" -v sb="$(wc -c <"$work/sqlite.csv")" 'BEGIN {
    ratio = t / s
    printf "export risks, %d risks: trygg-cli %.3f s (%.1f MB), sqlite3 -csv %.3f s (%.1f MB): medians of %d paired runs\n",
        rows, t / 1e6, tb / 1e6, s / 1e6, sb / 1e6, runs
    printf "ratio %.2f, target <= %d: %s\n", ratio, limit, ratio <= limit ? "met" : "MISSED"
    exit ratio <= limit ? 0 : 1
}'
