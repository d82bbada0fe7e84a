#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster on loopback for the tests.
# usage: pg-test-cluster.sh start|stop DIR PORT
# PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user.
set -euo pipefail
action=$1 dir=$2 port=$3
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi
case "$action" in
  start)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" stop -m immediate >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    "${as_owner[@]}" "$bin/initdb" -D "$dir" -U plenary --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U plenary plenary_test
    ;;
  stop)
    # A throwaway cluster: no need to wait for clients to disconnect.
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" stop -m immediate >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
