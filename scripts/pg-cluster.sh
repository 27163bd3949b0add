#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A throwaway PostgreSQL cluster for the tests (issue 16): initdb in a new temporary folder, trust
# authentication, the superuser role `trygg`, no TCP at all: only a Unix socket in that folder.
#   eval "$(scripts/pg-cluster.sh start)"   starts one; prints the shell lines that export
#                                           TRYGG_PG_CLUSTER (the folder) and TRYGG_TEST_POSTGRES (a libpq
#                                           URI of its `postgres` database, where tests make their own)
#   scripts/pg-cluster.sh stop [FOLDER]     stops it and removes the folder (default: $TRYGG_PG_CLUSTER)
#   scripts/pg-cluster.sh restart [FOLDER]  restarts its server (pg_ctl restart --mode=fast: every session
#                                           ended, what they had not committed rolled back), same folder and
#                                           port; returns once it accepts connections again (the fault tests)
# PostgreSQL refuses to run as root: run as root (CI), the cluster belongs to the `postgres` user the
# Debian package makes, or to a system user `trygg-pg` made here if there is none. Each start has its
# own folder, so runs at the same time do not meet.
set -Eeuo pipefail # -E: the ERR trap of start() runs in it

# The port only names the socket file (.s.PGSQL.PORT) in the cluster's own folder.
port=54329

# initdb and pg_ctl: Debian keeps them in /usr/lib/postgresql/VERSION/bin, off PATH.
pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return
        fi
    done
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v initdb)"
        return
    fi
    echo "pg-cluster.sh: initdb and pg_ctl not found (install the Debian package postgresql)" >&2
    exit 1
}

# The user who owns and runs the cluster, and how to run a command as that user.
owner=$(id -un)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    if ! id -u "$owner" >/dev/null 2>&1; then
        owner=trygg-pg
        id -u "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    fi
    as_owner=(runuser -u "$owner" --)
fi

uri_of() {
    echo "postgresql:///postgres?host=$1&port=$port&user=trygg"
}

start() {
    local bin dir
    bin=$(pg_bin)
    # Under /tmp, whatever TMPDIR says: a socket's path may not be longer than 107 bytes.
    dir=$(mktemp -d /tmp/trygg-pg.XXXXXX)
    # A step failing before the server runs (chown, writing the settings) leaves no folder behind.
    trap 'rm -rf "$dir"' ERR
    if [ ${#as_owner[@]} -gt 0 ]; then
        chown "$owner" "$dir"
    fi
    # From a folder the owner may enter (initdb and pg_ctl change back to the current one).
    cd "$dir"
    if ! "${as_owner[@]}" "$bin/initdb" --pgdata="$dir/data" --username=trygg --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    fi
    # A test cluster: nothing in it needs to survive a crash of the machine.
    cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$dir'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    if ! "${as_owner[@]}" "$bin/pg_ctl" start --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
        --silent >/dev/null; then
        cat "$dir/server.log" >&2 || true
        # A server still starting after the wait would be left running on a removed folder.
        "${as_owner[@]}" "$bin/pg_ctl" stop --pgdata="$dir/data" --mode=immediate --silent >/dev/null 2>&1 || true
        rm -rf "$dir"
        exit 1
    fi
    if ! wait_ready "$dir"; then
        stop "$dir"
        exit 1
    fi
    trap - ERR
    printf 'export TRYGG_PG_CLUSTER=%q\n' "$dir"
    printf 'export TRYGG_TEST_POSTGRES=%q\n' "$(uri_of "$dir")"
}

# Refuses a folder that pg-cluster.sh start did not make.
require_cluster_folder() {
    case "$1" in
    /tmp/trygg-pg.*) ;;
    *)
        echo "pg-cluster.sh: '$1' is not a cluster folder made by pg-cluster.sh start" >&2
        exit 2
        ;;
    esac
}

# Waits until the server in folder $1 accepts connections; 1 after 10 s.
wait_ready() {
    local dir=$1 bin tries=0
    bin=$(pg_bin)
    until "$bin/pg_isready" --quiet --host="$dir" --port="$port" --username=trygg --dbname=postgres; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            echo "pg-cluster.sh: the server in $dir did not get ready" >&2
            cat "$dir/server.log" >&2 || true
            return 1
        fi
        sleep 0.1
    done
}

restart() {
    local dir=$1 bin
    require_cluster_folder "$dir"
    bin=$(pg_bin)
    (cd "$dir" && "${as_owner[@]}" "$bin/pg_ctl" restart --pgdata="$dir/data" --log="$dir/server.log" --mode=fast \
        --wait --timeout=60 --silent >/dev/null)
    wait_ready "$dir"
}

stop() {
    local dir=$1 bin
    require_cluster_folder "$dir"
    [ -d "$dir" ] || return 0
    bin=$(pg_bin)
    if [ -f "$dir/data/postmaster.pid" ]; then
        (cd "$dir" && "${as_owner[@]}" "$bin/pg_ctl" stop --pgdata="$dir/data" --mode=immediate --wait --silent) ||
            true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) stop "${2:-${TRYGG_PG_CLUSTER:-}}" ;;
restart) restart "${2:-${TRYGG_PG_CLUSTER:-}}" ;;
*)
    echo "usage: $0 start | stop [FOLDER] | restart [FOLDER]" >&2
    exit 2
    ;;
esac
