#!/usr/bin/env bash
# End-to-end job figures on the packaged server (H2), for BENCHMARKS.md (issues 13 and 14):
#  1. a voice learned from a 30 s sample as a background job: POST /api/voice/clones (hearing, measuring,
#     timbre learning: from started_at until the job reports speaking; then the standard passage spoken in the
#     new voice and checked by recognition: the whole run, started_at -> finished_at)
#  2. a 60 s video dubbed end to end, English to Spanish: POST /api/v1/process/dub on the test data's reader
#     over music chords (recognition, sentences, translation, each speaker's voice, speech removal, mix, mux);
#     real-time factor = run time / 60 s
#   bench/dub-and-clone-jobs.sh           (RUNS=3 by default; prints each run and the load average)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need java curl jq python3
build_if_missing

RUNS=${RUNS:-3}
WORK=$(mktemp -d /tmp/loqui-bench.XXXXXX)
PORT=$(free_port)
trap 'stop_all; rm -rf "$WORK"' EXIT

start_server bench "$PORT" "$WORK"
wait_ready "$PORT"
TOKEN=$(register "$PORT")
API="http://127.0.0.1:$PORT"
FFMPEG=$(bundled_ffmpeg)
VOICES="$TESTDATA/voices"

# 30 s of the reader: his two clips, twice, cut at 30 s.
"$FFMPEG" -y -hide_banner -loglevel error -i "$VOICES/librivox-austen-0870.wav" -i "$VOICES/librivox-austen-0890.wav" \
  -filter_complex "[0][1][0][1]concat=n=4:v=0:a=1,atrim=0:30" -ac 1 -ar 16000 "$WORK/sample30.wav"
# 60 s video: the two clips with 1 s pauses, looped, over two quiet chords, under a moving test picture.
"$FFMPEG" -y -hide_banner -loglevel error \
  -f lavfi -i "testsrc2=s=640x360:r=25:d=60" \
  -i "$VOICES/librivox-austen-0870.wav" -i "$VOICES/librivox-austen-0890.wav" \
  -f lavfi -i "sine=f=220:d=60" -f lavfi -i "sine=f=277:d=60" \
  -filter_complex "[1]apad=pad_dur=1[a];[2]apad=pad_dur=1[b];[a][b]concat=n=2:v=0:a=1,aloop=loop=-1:size=2e9,atrim=0:60,aresample=44100[speech];[3][4]amix=inputs=2,volume=0.08,aresample=44100[music];[speech][music]amix=inputs=2:normalize=0[out]" \
  -map 0:v -map "[out]" -t 60 -c:v libopenh264 -b:v 800k -pix_fmt yuv420p -c:a aac -b:a 128k "$WORK/sixty.mp4"

curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/sample30.wav" "$API/api/storage/upload" >/dev/null
VIDEO=$(upload "$PORT" "$TOKEN" "$WORK/sixty.mp4")

await() {  # await JOB_STATUS_URL: prints the run seconds of a completed job, fails otherwise
  local url=$1 body
  for _ in $(seq 1 2400); do
    body=$(curl -sf -H "Authorization: Bearer $TOKEN" "$url")
    case $(jq -r .status <<<"$body") in
      completed) python3 -c '
import json, sys
from datetime import datetime
j = json.loads(sys.argv[1])
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.2f" % (t(j["finished_at"]) - t(j["started_at"])).total_seconds())' "$body"; return 0 ;;
      failed|cancelled) echo "job ended: $body" >&2; return 1 ;;
    esac
    sleep 0.25
  done
  echo "job did not finish" >&2; return 1
}

learning_seconds() {  # learning_seconds JOB_STATUS_URL: seconds from the job's start until it reports speaking
  python3 - "$1" "$TOKEN" <<'PY'
import json, sys, time, urllib.request
from datetime import datetime, timezone
url, token = sys.argv[1], sys.argv[2]
for _ in range(4000):
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    job = json.load(urllib.request.urlopen(req))
    if job["status"] in ("failed", "cancelled"):
        sys.exit("job ended: %s" % job)
    if job["progress"] >= 25 and job.get("started_at"):
        started = datetime.fromisoformat(job["started_at"].replace("Z", "+00:00"))
        print("%.2f" % (datetime.now(timezone.utc) - started).total_seconds())
        break
    time.sleep(0.1)
PY
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for run in $(seq 1 "$RUNS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  CLONE_JOB=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench reader $run\",\"source_file\":\"sample30.wav\"}" "$API/api/voice/clones" | jq -r .job_id)
  learned=$(learning_seconds "$API/api/v1/process/status/$CLONE_JOB")
  clone=$(await "$API/api/v1/process/status/$CLONE_JOB")
  JOB=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"video_file_id\":\"$VIDEO\",\"source_language\":\"en\",\"target_language\":\"es\",\"quality\":\"medium\"}" \
    "$API/api/v1/process/dub" | jq -r .job_id)
  dub=$(await "$API/api/v1/process/status/$JOB")
  printf 'run %d (load %s -> %s): voice learned from 30 s in %s s (clone job with its passage %s s); 60 s dub in %s s, RTF %.3f\n' \
    "$run" "$load" "$(cut -d' ' -f1 /proc/loadavg)" "$learned" "$clone" "$dub" "$(python3 -c "print($dub / 60)")"
done
