#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL 15 cluster: start it, export DATABASE_URL, stop and remove it after.
set -euo pipefail
PG_BIN=/usr/lib/postgresql/15/bin
if [[ ! -x $PG_BIN/initdb ]]; then
  apt-get update -qq && apt-get install -y -qq postgresql-15 >/dev/null
fi
dir=$(mktemp -d /tmp/halt-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres:postgres "$dir"
  as_owner=(runuser -u postgres --)  # initdb refuses to run as root
fi
cleanup() {
  "${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as_owner[@]}" "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/halt"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') op poort $port"
"$@"
