#!/usr/bin/env bash
# Durability of the job engine, end to end: start the packaged server, submit extract-audio jobs, SIGKILL the
# server while jobs run, start it again on the same database, and check that every job reaches `completed`,
# or `failed` with a reason, that no job stays pending/processing, and that each completed job's file downloads.
#   bench/crash-recovery.sh            (JOBS=4 VIDEO_SECONDS=600 by default)
#   MAX_ATTEMPTS=1 bench/crash-recovery.sh   (no retry allowed: interrupted jobs must fail with a reason)
#   SIGNAL=TERM bench/crash-recovery.sh      (clean stop: running jobs are queued again without using an attempt)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need java curl jq
build_if_missing

JOBS=${JOBS:-4}
VIDEO_SECONDS=${VIDEO_SECONDS:-600}
WORK=$(mktemp -d /tmp/loqui-crash.XXXXXX)
PORT=$(free_port)
OPTS=(-Dloqui.jobs.max-attempts="${MAX_ATTEMPTS:-3}")
trap 'stop_all; [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT

echo "== server 1 on port $PORT, storage $WORK"
start_server crash-node "$PORT" "$WORK" "${OPTS[@]}"; FIRST=$SERVER_PID
wait_ready "$PORT"
TOKEN=$(register "$PORT")
make_video "$VIDEO_SECONDS" "$WORK/long.mp4"
FILE=$(upload "$PORT" "$TOKEN" "$WORK/long.mp4")
IDS=()
for i in $(seq 1 "$JOBS"); do IDS+=("$(submit "$PORT" "$TOKEN" "$FILE" mp3 48000 "crash-$i")"); done
echo "submitted ${#IDS[@]} jobs on a ${VIDEO_SECONDS}s video"

for _ in $(seq 1 600); do
  running=$(for id in "${IDS[@]}"; do status "$PORT" "$TOKEN" "$id"; done | jq -s '[.[] | select(.status=="processing" and .progress>=3)] | length')
  [ "$running" -ge 1 ] && break
  sleep 0.1
done
echo "-- at the kill:"
for id in "${IDS[@]}"; do status "$PORT" "$TOKEN" "$id" | jq -r '"   \(.job_id) \(.status) \(.progress)%"'; done
AT_KILL=$(for id in "${IDS[@]}"; do status "$PORT" "$TOKEN" "$id"; done | jq -r 'select(.status=="processing") | .job_id')
kill -"${SIGNAL:-KILL}" "$FIRST"
while kill -0 "$FIRST" 2>/dev/null; do sleep 0.1; done
echo "== SIG${SIGNAL:-KILL} sent to server 1 (pid $FIRST) mid-job; starting server 2 on the same database"

start_server crash-node "$PORT" "$WORK" "${OPTS[@]}"
wait_ready "$PORT"
deadline=$((SECONDS + ${TIMEOUT:-600}))
while :; do
  open=$(for id in "${IDS[@]}"; do status "$PORT" "$TOKEN" "$id"; done | jq -s '[.[] | select(.status=="pending" or .status=="processing")] | length')
  [ "$open" -eq 0 ] && break
  [ $SECONDS -lt $deadline ] || { echo "FAIL: $open job(s) still open after the restart" >&2; exit 1; }
  sleep 1
done

echo "-- after the restart:"
fail=0; retried=0
for id in "${IDS[@]}"; do
  s=$(status "$PORT" "$TOKEN" "$id")
  echo "$s" | jq -r '"   \(.job_id) \(.status) attempts=\(.attempts) \(.error // .message)"'
  case $(echo "$s" | jq -r .status) in
    completed)
      url=$(echo "$s" | jq -r .result_url)
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$url")
      [ "$code" = 200 ] || { echo "FAIL: $id result_url answers $code"; fail=1; } ;;
    failed)
      [ -n "$(echo "$s" | jq -r '.error // empty')" ] || { echo "FAIL: $id failed without a reason"; fail=1; } ;;
    *) echo "FAIL: $id ended $(echo "$s" | jq -r .status)"; fail=1 ;;
  esac
  [ "$(echo "$s" | jq -r .attempts)" -ge 2 ] && retried=$((retried + 1))
  echo "$s" | jq -e '.error // "" | contains("server stopped")' >/dev/null && retried=$((retried + 1))
  [ "${SIGNAL:-KILL}" = TERM ] && echo "$s" | jq -e '.status == "completed" and .attempts == 1' >/dev/null \
    && grep -q "$id" <<<"$AT_KILL" && retried=$((retried + 1))
done
leftovers=$(find "$WORK/tmp/jobs" -mindepth 1 2>/dev/null | wc -l)
[ "$leftovers" -eq 0 ] || { echo "FAIL: $leftovers partial file(s) left in tmp/jobs"; fail=1; }
[ "$retried" -ge 1 ] || { echo "FAIL: no job was interrupted and then retried or failed for it"; fail=1; }
[ $fail -eq 0 ] && echo "PASS: ${#IDS[@]} jobs ended (completed or failed with a reason); $retried interrupted by the kill"
exit $fail
