#!/usr/bin/env bash
# Job-engine figures for bench/JOBS_RESULTS.md, on the packaged server (H2, default pool sizes):
#  1. engine overhead: one extract-audio job at a time on a 60 s video; enqueue-to-start = started_at - created_at
#  2. throughput: BATCH jobs submitted at once on the same video; jobs per minute from first submit to last end
#   bench/throughput.sh               (SINGLE=10 BATCH=20 FORMAT=wav RATE=44100 by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need java curl jq python3
build_if_missing

SINGLE=${SINGLE:-10}; BATCH=${BATCH:-20}; FORMAT=${FORMAT:-wav}; RATE=${RATE:-44100}
WORK=$(mktemp -d /tmp/loqui-bench.XXXXXX)
PORT=$(free_port)
trap 'stop_all; rm -rf "$WORK"' EXIT

start_server bench "$PORT" "$WORK" "$@"
wait_ready "$PORT"
TOKEN=$(register "$PORT")
make_video 60 "$WORK/sixty.mp4"
FILE=$(upload "$PORT" "$TOKEN" "$WORK/sixty.mp4")

wait_done() {
  for id in "$@"; do
    until status "$PORT" "$TOKEN" "$id" | jq -e '.status | IN("completed","failed","cancelled")' >/dev/null; do
      sleep 0.05
    done
  done
}
figures() {  # reads status JSON lines; prints per-job seconds: queue (created->started) and run (started->finished)
  python3 -c '
import json, sys
from datetime import datetime
def t(s): return datetime.fromisoformat(s.replace("Z", "+00:00"))
for line in sys.stdin:
    j = json.loads(line)
    assert j["status"] == "completed", j
    print("%.3f %.3f %s %s" % ((t(j["started_at"]) - t(j["created_at"])).total_seconds(),
                              (t(j["finished_at"]) - t(j["started_at"])).total_seconds(), j["created_at"], j["finished_at"]))'
}

echo "== warm-up"; id=$(submit "$PORT" "$TOKEN" "$FILE" "$FORMAT" "$RATE"); wait_done "$id"

echo "== $SINGLE jobs one at a time (engine overhead)"
for i in $(seq 1 "$SINGLE"); do
  id=$(submit "$PORT" "$TOKEN" "$FILE" "$FORMAT" "$RATE"); wait_done "$id"; status "$PORT" "$TOKEN" "$id"; echo
done | figures | sort -n | awk '{q[NR]=$1*1000; r+=$2} END {
  printf "enqueue-to-start ms: min %.0f  median %.0f  max %.0f   mean run time %.2f s\n", q[1], q[int((NR+1)/2)], q[NR], r/NR }'

echo "== $BATCH jobs at once (throughput)"
IDS=()
for i in $(seq 1 "$BATCH"); do IDS+=("$(submit "$PORT" "$TOKEN" "$FILE" "$FORMAT" "$RATE")"); done
wait_done "${IDS[@]}"
for id in "${IDS[@]}"; do status "$PORT" "$TOKEN" "$id"; echo; done | python3 -c '
import json, sys
from datetime import datetime
def t(s): return datetime.fromisoformat(s.replace("Z", "+00:00"))
jobs = [json.loads(l) for l in sys.stdin if l.strip()]
assert all(j["status"] == "completed" for j in jobs)
first = min(t(j["created_at"]) for j in jobs); last = max(t(j["finished_at"]) for j in jobs)
span = (last - first).total_seconds()
run = sum((t(j["finished_at"]) - t(j["started_at"])).total_seconds() for j in jobs) / len(jobs)
print("%d jobs in %.1f s: %.1f jobs/minute (mean run time %.2f s)" % (len(jobs), span, len(jobs) * 60 / span, run))'
