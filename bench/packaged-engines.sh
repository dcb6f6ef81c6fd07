#!/usr/bin/env bash
# The packaged server (Quarkus' runner class loader, not the tests' flat class path) starts every media engine
# this machine has the packages for, and speaks through MaryTTS: GET /q/health names no engine missing, and a
# preview in the stock English voice is heard back word for word. Exits non-zero otherwise.
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
[ -z "$missing" ] && [ "$heard" = "hello there my friend" ] && echo "packaged engines: PASS"
