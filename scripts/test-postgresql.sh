#!/usr/bin/env bash
# Runs the API test suite again against a throwaway PostgreSQL server on a private port.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PG_BIN" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL suite cannot run" >&2
  exit 1
fi
PORT=${LOQUI_PG_PORT:-55432}
DATA=$(mktemp -d /tmp/loqui-pg.XXXXXX)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$DATA"
  RUN_AS=(runuser -u postgres --)
fi
stop() { "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA/db" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap stop EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$DATA/db" -U postgres --auth=trust >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA/db" -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1" -w start >/dev/null
"${RUN_AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -c "CREATE DATABASE loqui_test"

echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PORT: running the API suite"
LOQUI_DB_KIND=postgresql \
LOQUI_DB_URL="jdbc:postgresql://127.0.0.1:$PORT/loqui_test" \
LOQUI_DB_USER=postgres LOQUI_DB_PASSWORD=postgres \
  ./mvnw -B surefire:test -Dgroups=api -Dsurefire.failIfNoSpecifiedTests=false "$@"
