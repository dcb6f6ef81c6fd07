#!/usr/bin/env bash
# The packaged server (Quarkus' runner class loader, not the tests' flat class path) starts every media engine
# this machine has the packages for, and speaks through MaryTTS: GET /q/health names no engine missing, and a
# preview in the stock English voice is heard back word for word; on SIGTERM it stops within 30 s, logs its stop
# and no native library aborts the JVM on the way out (no SIGABRT, no hs_err file). Exits non-zero otherwise.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need java curl jq
build_if_missing
storage=$(mktemp -d)
trap 'stop_all; rm -rf "$storage"' EXIT

port=$(free_port)
start_server engines "$port" "$storage"
wait_ready "$port"
api="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  health=$(curl -s "$api/q/health")
  jq -e '[.. | objects | select(has("marytts"))] | length > 0' <<<"$health" >/dev/null && break
  sleep 0.5
done
engines=$(jq -c '[.. | objects | select(has("marytts"))][0]' <<<"$health")
[ "$engines" != null ] || { echo "packaged engines: no engine list in /q/health: $health" >&2; exit 1; }
missing=$(jq -r 'to_entries[] | select(.value | tostring | startswith("missing")) | "\(.key): \(.value)"' <<<"$engines")
token=$(register "$port")
voice=$(curl -sf -H "Authorization: Bearer $token" "$api/api/v1/voices/profiles?language=en" \
  | jq -r '[(.profiles // .)[] | select(.name == "Stock English female")][0].id')
heard=$(curl -sf -o /dev/null -D - -H "Authorization: Bearer $token" \
  "$api/api/v1/voices/preview/$voice?text=Hello%20there%20my%20friend&language=en" | tr -d '\r' \
  | awk -F': ' 'tolower($1) == "x-heard-text" { print $2 }')
echo "packaged engines: missing [${missing//$'\n'/; }], stock voice heard \"$heard\""

kill -TERM "$SERVER_PID"
for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
stopped=yes
if kill -0 "$SERVER_PID" 2>/dev/null; then stopped="no: still running 30 s after SIGTERM"
elif ! grep -q "stopped in" "$storage/engines.log"; then stopped="no: the log does not say it stopped"
elif grep -Eq "SIGABRT|A fatal error has been detected|terminate called|core dumped" "$storage/engines.log" \
    || ls hs_err_pid"$SERVER_PID".log >/dev/null 2>&1; then stopped="no: the JVM crashed on the way out"
fi
echo "packaged engines: clean stop on SIGTERM: $stopped"
[ -z "$missing" ] && [ "$heard" = "hello there my friend" ] && [ "$stopped" = yes ] && echo "packaged engines: PASS"
