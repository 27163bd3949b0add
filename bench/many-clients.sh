#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Issue 16: 50 clients editing one register on a PostgreSQL server for 60 s: no lost update, edits per second and
# the latency of an edit (bench/ManyClientsBench.cpp says what is checked). The server: TRYGG_TEST_POSTGRES if set
# (a libpq URI of a database where databases may be created), else a throwaway cluster of scripts/pg-cluster.sh
# (default settings but fsync off; max_connections 100), stopped at the end.
# Usage: bench/many-clients.sh [BUILD-DIR] [OPTIONS...] (default: build-bench; OPTIONS go to
# trygg-many-clients-bench: --clients N --seconds S --shared N --seed N). Exits 1 if a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-bench}
shift || true
bench=$build/bench/trygg-many-clients-bench
if [ ! -x "$bench" ]; then
    echo "many-clients.sh: $bench is not built (cmake -DTRYGG_BUILD_BENCH=ON -DTRYGG_POSTGRES=ON)" >&2
    exit 2
fi
cluster=""
cleanup() {
    if [ -n "$cluster" ]; then
        bash scripts/pg-cluster.sh stop "$cluster"
    fi
}
trap cleanup EXIT
if [ -z "${TRYGG_TEST_POSTGRES:-}" ]; then
    eval "$(bash scripts/pg-cluster.sh start)"
    cluster=$TRYGG_PG_CLUSTER
fi
server=$TRYGG_TEST_POSTGRES
setting() { psql "$server" -Atc "SHOW $1"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "server: $(psql "$server" -Atc 'SELECT version()' | cut -d, -f1); shared_buffers $(setting shared_buffers)," \
    "max_connections $(setting max_connections), fsync $(setting fsync), synchronous_commit" \
    "$(setting synchronous_commit)"
"$bench" "$@"
