#!/usr/bin/env bash
# Cluster mode, end to end: two server processes on different ports share one PostgreSQL (clustered Quartz
# JDBC store) and one storage folder. Jobs submitted to one are run by both; the node running a job is
# SIGKILLed mid-job; the other recovers the job and completes it, and every job has exactly one output.
#   bench/cluster-postgres.sh          (JOBS=6 VIDEO_SECONDS=600 by default; needs PostgreSQL 12+ binaries)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need java curl jq
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$PG_BIN" ] || { echo "PostgreSQL is not installed" >&2; exit 2; }

# The database kind is fixed when Quarkus builds, so cluster mode runs a PostgreSQL build of the server.
JAR="$ROOT/target/quarkus-app-postgresql/quarkus-run.jar"
[ -f "$JAR" ] || (cd "$ROOT" && LOQUI_DB_KIND=postgresql ./mvnw -B -q package -DskipTests \
  -Dquarkus.package.output-directory=quarkus-app-postgresql)

JOBS=${JOBS:-6}
VIDEO_SECONDS=${VIDEO_SECONDS:-600}
WORK=$(mktemp -d /tmp/loqui-cluster.XXXXXX)
PG_PORT=$(free_port); PORT_A=$(free_port); PORT_B=$(free_port)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK"; RUN_AS=(runuser -u postgres --); fi
stop_pg() { "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true; }
trap 'stop_all; stop_pg; [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" -w start >/dev/null
sql() { "${RUN_AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${DB:-loqui}" -At -F ' ' -c "$1"; }
DB=postgres sql "CREATE DATABASE loqui" >/dev/null
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT; nodes on $PORT_A and $PORT_B"

export LOQUI_DB_KIND=postgresql LOQUI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/loqui" \
       LOQUI_DB_USER=postgres LOQUI_DB_PASSWORD=postgres
STORAGE="$WORK/storage"
LOQUI_NODE_ID=node-a start_server node-a "$PORT_A" "$STORAGE"; PID_A=$SERVER_PID
wait_ready "$PORT_A"
LOQUI_NODE_ID=node-b start_server node-b "$PORT_B" "$STORAGE"; PID_B=$SERVER_PID
wait_ready "$PORT_B"

TOKEN=$(register "$PORT_A")
make_video "$VIDEO_SECONDS" "$WORK/long.mp4"
FILE=$(upload "$PORT_A" "$TOKEN" "$WORK/long.mp4")
IDS=()
for i in $(seq 1 "$JOBS"); do
  port=$([ $((i % 2)) = 0 ] && echo "$PORT_A" || echo "$PORT_B")
  IDS+=("$(submit "$port" "$TOKEN" "$FILE" mp3 48000 "cluster-$i")")
done
echo "submitted $JOBS jobs, alternately to node-a and node-b"

for _ in $(seq 1 600); do
  VICTIM=$(sql "SELECT node_id FROM jobs WHERE status='PROCESSING' AND progress >= 3 ORDER BY id LIMIT 1")
  [ -n "$VICTIM" ] && break
  sleep 0.1
done
echo "-- at the kill (job, node, status, progress):"
sql "SELECT public_id, node_id, status, progress FROM jobs ORDER BY id" | sed 's/^/   /'
VICTIM_JOBS=$(sql "SELECT public_id FROM jobs WHERE status='PROCESSING' AND node_id='$VICTIM'")
NODES_AT_KILL=$(sql "SELECT count(DISTINCT node_id) FROM jobs WHERE node_id IS NOT NULL")
if [ "$VICTIM" = node-a ]; then kill -9 "$PID_A"; SURVIVOR=$PORT_B; else kill -9 "$PID_B"; SURVIVOR=$PORT_A; fi
KILLED_AT=$SECONDS
echo "== SIGKILLed $VICTIM while it ran: $(echo $VICTIM_JOBS)"

deadline=$((SECONDS + ${TIMEOUT:-600}))
while [ "$(sql "SELECT count(*) FROM jobs WHERE status IN ('PENDING','PROCESSING')")" != 0 ]; do
  [ $SECONDS -lt $deadline ] || { echo "FAIL: jobs still open"; sql "SELECT public_id,node_id,status FROM jobs"; exit 1; }
  sleep 1
done
echo "-- after the kill, all ended $((SECONDS - KILLED_AT)) s later (job, node, status, attempts, outputs):"
sql "SELECT j.public_id, j.node_id, j.status, j.attempts,
       (SELECT count(*) FROM assets a WHERE a.name LIKE 'audio-' || j.public_id || '.%') FROM jobs j ORDER BY j.id" | sed 's/^/   /'

fail=0
[ "$(sql "SELECT count(*) FROM jobs WHERE status <> 'COMPLETED'")" = 0 ] || { echo "FAIL: not every job completed"; fail=1; }
[ "$(sql "SELECT count(*) FROM jobs j WHERE (SELECT count(*) FROM assets a WHERE a.name LIKE 'audio-' || j.public_id || '.%') <> 1")" = 0 ] \
  || { echo "FAIL: a job has no output or more than one"; fail=1; }
for id in $VICTIM_JOBS; do
  row=$(sql "SELECT node_id, attempts FROM jobs WHERE public_id='$id'")
  [ "${row%% *}" != "$VICTIM" ] || { echo "FAIL: $id was not taken over by the surviving node"; fail=1; }
done
[ "$NODES_AT_KILL" = 2 ] || echo "note: only one node had taken jobs when the other was killed"
url=$(status "$SURVIVOR" "$TOKEN" "${IDS[0]}" | jq -r .result_url)
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$SURVIVOR$url")" = 200 ] \
  || { echo "FAIL: result_url does not download from the surviving node"; fail=1; }
[ $fail -eq 0 ] && echo "PASS: $JOBS jobs shared by two nodes; $VICTIM killed mid-job; its job(s) completed once by the other"
exit $fail
