#!/usr/bin/env bash
# Throughput and p99 latency of authenticated GET /api/user/profile against the bare GET /health of the
# same server, at 64 concurrent connections (wrk, from Debian's packages).
# Usage: bench/profile-throughput.sh [seconds]   (builds the server first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=${BENCH_PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
LOQUI_STORAGE="$WORK/storage" \
java -Dquarkus.http.port=$PORT -Dloqui.storage.root="$WORK/storage" \
     -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/storage/db/loqui" \
     -Dloqui.rate-limit.general-per-minute=100000000 -Dloqui.rate-limit.general-per-hour=1000000000 \
     -Dloqui.rate-limit.auth-per-minute=1000 \
     -jar target/quarkus-app/quarkus-run.jar > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 60); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 1; done

TOKEN=$(curl -sf -X POST "localhost:$PORT/api/auth/register" -H 'Content-Type: application/json' \
  -d '{"username":"bench","email":"bench@example.com","password":"bench123"}' |
  python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')

run() { # name, path, extra wrk args...
  local name=$1 path=$2; shift 2
  wrk -t2 -c64 -d5s --latency "$@" "http://localhost:$PORT$path" >/dev/null  # warm-up
  wrk -t2 -c64 -d${SECONDS_PER_RUN}s --latency "$@" "http://localhost:$PORT$path" > "$WORK/$name.txt"
  if grep -q "Non-2xx" "$WORK/$name.txt"; then
    echo "$name: some responses were not 2xx" >&2; cat "$WORK/$name.txt" >&2; exit 1
  fi
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/$name.txt")
  echo "$name $rps $p99"
}

BARE=$(run bare /health)
AUTH=$(run profile /api/user/profile -H "Authorization: Bearer $TOKEN")
echo "endpoint                     requests/s   p99"
printf "GET /health (bare)           %10s   %s\n" $(echo "$BARE" | awk '{print $2, $3}')
printf "GET /api/user/profile (JWT)  %10s   %s\n" $(echo "$AUTH" | awk '{print $2, $3}')
python3 -c "print('ratio profile/bare: %.2f' % ($(echo "$AUTH" | awk '{print $2}') / $(echo "$BARE" | awk '{print $2}')))"
