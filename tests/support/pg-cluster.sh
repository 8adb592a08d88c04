#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster for the integration tests (ctest fixture "madoguchi_pg").
#
#   pg-cluster.sh start STATE_DIR   initdb in a new temp dir, start on a free loopback port (and a
#                                   socket dir inside the temp dir) with TLS on, write the admin URL
#                                   to STATE_DIR/url and the test CA to STATE_DIR/ca.crt (plus an
#                                   unrelated CA, other-ca.crt); exit non-zero (and leave nothing)
#                                   on failure
#   pg-cluster.sh stop STATE_DIR    stop the server and remove the temp dir (safe to repeat)
#   pg-cluster.sh restart STATE_DIR restart the running server at once (-m immediate: open
#                                   sessions die mid-transaction, as in a crash), same port
#
# initdb and postgres refuse to run as root: as root they run as the `postgres` system user. A
# watchdog stops the cluster when the process that started it (ctest) is gone, so an interrupted
# test run leaves no server behind.
set -eu

action=${1:-}
state=${2:-}
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop|restart STATE_DIR" >&2; exit 2; }

self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
bindir=${MADOGUCHI_PG_BINDIR:-/usr/lib/postgresql/15/bin}
admin=madoguchi_admin

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$state/cluster" ] || return 0
    dir=$(cat "$state/cluster")
    if [ -f "$state/watchdog.pid" ]; then
        kill "$(cat "$state/watchdog.pid")" 2>/dev/null || true
        rm -f "$state/watchdog.pid"
    fi
    if [ -d "$dir/data" ]; then
        as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # Only ever remove a directory this script made.
    case "$dir" in
        */madoguchi-pg.*) rm -rf "$dir" ;;
    esac
    rm -f "$state/cluster" "$state/url" "$state/ca.crt" "$state/other-ca.crt"
}

case "$action" in
stop)
    stop_cluster
    exit 0
    ;;
restart)
    [ -f "$state/cluster" ] || { echo "no cluster in $state" >&2; exit 1; }
    dir=$(cat "$state/cluster")
    # pg_ctl restart keeps the options the server was started with (postmaster.opts).
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m immediate -w -t 60 \
        restart >/dev/null
    exit 0
    ;;
start) ;;
*) echo "usage: $0 start|stop|restart STATE_DIR" >&2; exit 2 ;;
esac

mkdir -p "$state"
stop_cluster # a cluster left by an earlier, interrupted run
for tool in initdb pg_ctl; do
    [ -x "$bindir/$tool" ] || { echo "PostgreSQL 15 is not installed ($bindir/$tool missing; run packaging/install-deps.sh)" >&2; exit 1; }
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-pg.XXXXXXXX")
echo "$dir" > "$state/cluster"
trap 'status=$?; if [ $status -ne 0 ]; then stop_cluster; fi' EXIT
chmod 700 "$dir"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
fi

password=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" > "$dir/pwfile"
chmod 600 "$dir/pwfile"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir/pwfile"; fi
as_server_user "$bindir/initdb" -D "$dir/data" -U "$admin" --pwfile="$dir/pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"
mkdir -p "$dir/socket"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir/socket"; fi

# TLS as in production (sslmode=verify-full): a throwaway CA, a server certificate for the name
# "localhost" only (so verify-full to 127.0.0.1 must fail on the host name), and a second CA that
# signed nothing (verify-full with it must fail on the chain). Tests find them in STATE_DIR.
tls="$dir/tls"
mkdir -p "$tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=Madoguchi test CA" -keyout "$tls/ca.key" -out "$tls/ca.crt" >/dev/null 2>&1
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=Some other CA" -keyout "$tls/other-ca.key" -out "$tls/other-ca.crt" >/dev/null 2>&1
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
    -keyout "$tls/server.key" -out "$tls/server.csr" >/dev/null 2>&1
printf 'subjectAltName=DNS:localhost\n' > "$tls/server.ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
    -days 2 -extfile "$tls/server.ext" -out "$tls/server.crt" >/dev/null 2>&1
chmod 600 "$tls/server.key"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$tls"; fi
cp "$tls/ca.crt" "$state/ca.crt"
cp "$tls/other-ca.crt" "$state/other-ca.crt"

# A free loopback port: try random ones until the server starts (another run may hold one).
started=no
for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000 ))
    if as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 \
            -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key" \
        >/dev/null 2>&1; then
        started=yes
        break
    fi
done
[ "$started" = yes ] || { echo "PostgreSQL did not start:" >&2; tail -n 20 "$dir/server.log" >&2; exit 1; }

printf 'postgresql://%s:%s@127.0.0.1:%s/postgres\n' "$admin" "$password" "$port" > "$state/url.tmp"
chmod 600 "$state/url.tmp"
mv "$state/url.tmp" "$state/url"

# The watchdog, in its own session so that nothing that ends the starter ends it: stops the
# cluster once the starter's parent (ctest) has exited.
parent=$PPID
setsid sh -c '
    while kill -0 "$1" 2>/dev/null && [ -f "$2/cluster" ]; do sleep 2; done
    rm -f "$2/watchdog.pid"
    [ -f "$2/cluster" ] && "$3" stop "$2"
' watchdog "$parent" "$state" "$self" </dev/null >/dev/null 2>&1 &
echo $! > "$state/watchdog.pid"
echo "PostgreSQL cluster on 127.0.0.1:$port"
