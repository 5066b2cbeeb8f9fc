#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: initdb in a temporary folder, a free
# port on 127.0.0.1, an empty database, the DATABASE_* variables set; all removed afterwards.
# Needs Debian's postgresql package (`apt-get install postgresql`). Usage: with-postgres.sh CMD...
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi
port=${PGPORT_FOR_TESTS:-55432}
data=$(mktemp -d /tmp/treffpunkt-pg-XXXXXX)

# initdb and postgres refuse to run as root; on CI we are root, so the cluster belongs to 'postgres'.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$data"; fi

stop() {
  as_owner "$pg_bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT

as_owner "$pg_bin/initdb" -D "$data" -A trust -U postgres -E UTF8 >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$data" -w -l "$data/server.log" \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres treffpunkt_test

export DATABASE_CLIENT=postgres DATABASE_HOST=127.0.0.1 DATABASE_PORT="$port" \
  DATABASE_NAME=treffpunkt_test DATABASE_USERNAME=postgres DATABASE_PASSWORD=
"$@"
