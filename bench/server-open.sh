#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Issue 16: a register of 100,000 risks opened from a PostgreSQL server within 1 s. Runs trygg-server-bench
# (open + load from the server and from the file, copy up; bench/ServerBench.cpp), then times the commands
# as a user runs them, whole processes: `trygg-cli copy FILE URI` of the demo register of 2,000 assets and
# 100,000 risks, and `trygg-cli export risks` of it from the server and from the file (medians of RUNS).
# The server: TRYGG_TEST_POSTGRES if set (a libpq URI of a database where databases may be created), else a
# throwaway cluster of scripts/pg-cluster.sh (default settings: shared_buffers 128 MB, work_mem 4 MB), stopped
# at the end. Usage: bench/server-open.sh [BUILD-DIR] [RUNS] (default: build-bench, 7). Exits 1 if the open
# from the server took 1 s or more (the median of trygg-server-bench's repetitions).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-bench}
runs=${2:-7}
bench=$build/bench/trygg-server-bench
cli=$build/app/trygg-cli
for program in "$bench" "$cli"; do
    if [ ! -x "$program" ]; then
        echo "server-open.sh: $program is not built (cmake -DTRYGG_BUILD_BENCH=ON -DTRYGG_POSTGRES=ON)" >&2
        exit 2
    fi
done

work=$(mktemp -d)
cluster=""
cleanup() {
    if [ -n "$cluster" ]; then
        bash scripts/pg-cluster.sh stop "$cluster"
    fi
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${TRYGG_TEST_POSTGRES:-}" ]; then
    eval "$(bash scripts/pg-cluster.sh start)"
    cluster=$TRYGG_PG_CLUSTER
fi
server=$TRYGG_TEST_POSTGRES
echo "server: $(psql "$server" -Atc 'SELECT version()' | cut -d, -f1); shared_buffers" \
    "$(psql "$server" -Atc 'SHOW shared_buffers'), work_mem $(psql "$server" -Atc 'SHOW work_mem')," \
    "fsync $(psql "$server" -Atc 'SHOW fsync')"

"$bench" --benchmark_format=console | tee "$work/bench.txt"

# `SELECT ...` of `server` naming database `name` instead (as tests/core/SqlTestDatabase.h's withDatabase).
with_database() {
    local address=$1 name=$2 scheme rest authority query=""
    scheme=${address%%://*}
    rest=${address#*://}
    if [[ $rest == *\?* ]]; then
        query="?${rest#*\?}"
        rest=${rest%%\?*}
    fi
    authority=${rest%%/*}
    echo "$scheme://$authority/$name$query"
}

# The same demo register as bench/export-risks.sh, kept in ${TMPDIR:-/tmp}/trygg-bench.
cache=${TMPDIR:-/tmp}/trygg-bench
mkdir -p "$cache"
register=$cache/demo-2000-100000.trygg
if [ ! -s "$register" ] || [ "$cli" -nt "$register" ]; then
    rm -f "$register"
    "$cli" demo "$register" --assets 2000 --risks 100000 --seed 11 >/dev/null
fi
database=trygg_bench_cli_$$
psql "$server" -qc "CREATE DATABASE $database"
address=$(with_database "$server" "$database")
drop() { psql "$server" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true; }
trap 'drop; cleanup' EXIT

start=${EPOCHREALTIME/[.,]/}
"$cli" copy "$register" "$address" >/dev/null
end=${EPOCHREALTIME/[.,]/}
copy_us=$((end - start))

# Wall time of one run in microseconds.
timed() {
    local start=${EPOCHREALTIME/[.,]/}
    "$@" >/dev/null
    local end=${EPOCHREALTIME/[.,]/}
    echo $((end - start))
}
from_server() { "$cli" export risks "$address" --format csv --output "$work/server.csv"; }
from_file() { "$cli" export risks "$register" --format csv --output "$work/file.csv"; }
from_server # once each before timing
from_file
for i in $(seq "$runs"); do
    timed from_server >>"$work/server.us"
    timed from_file >>"$work/file.us"
done
cmp -s "$work/server.csv" "$work/file.csv" || echo "warning: the exports from the server and the file differ" >&2
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
least() { sort -n "$1" | head -n 1; }
awk -v copy="$copy_us" -v ms="$(median "$work/server.us")" -v mf="$(median "$work/file.us")" \
    -v ls="$(least "$work/server.us")" -v lf="$(least "$work/file.us")" -v runs="$runs" \
    -v mb="$(($(stat -c %s "$register") / 1000000))" 'BEGIN {
    printf "trygg-cli copy FILE URI (%d MB): %.1f s\n", mb, copy / 1e6
    printf "trygg-cli export risks (100,000 risks, CSV), whole process: from the server %.2f s (min %.2f), " \
        "from the file %.2f s (min %.2f): medians of %d runs\n", ms / 1e6, ls / 1e6, mf / 1e6, lf / 1e6, runs
}'

# The target: the median of BM_OpenFromServer's repetitions under 1 s.
awk '/^BM_OpenFromServer.*_median / {
    ms = $2
    printf "open + load from the server: median %.0f ms, target < 1000 ms: %s\n", ms, ms < 1000 ? "met" : "MISSED"
    exit ms < 1000 ? 0 : 1
}' "$work/bench.txt"
