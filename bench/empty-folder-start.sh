#!/usr/bin/env bash
# The packaged server started from an empty folder (as a service manager would) renders a talking avatar:
# its trained weights travel inside the jar. Exits non-zero when POST /api/v1/generate does not answer 200
# with a video of the audio's length.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need java curl jq
build_if_missing
trap stop_all EXIT

folder=$(mktemp -d)
port=$(free_port)
cd "$folder"
start_server empty "$port" "$folder/storage" -Dloqui.media.models-dir="$folder/models"
cd "$ROOT"
wait_ready "$port"
api="http://127.0.0.1:$port"
image=$(curl -sf -F "file=@$TESTDATA/faces/astronaut.png" "$api/api/v1/upload/image" | jq -r .filename)
audio=$(curl -sf -F "file=@$TESTDATA/voices/librivox-austen-0890.wav" "$api/api/v1/upload/audio" | jq -r .filename)
answer=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"image_filename\":\"$image\",\"audio_filename\":\"$audio\",\"output_fps\":25,\"output_resolution\":256}" \
  "$api/api/v1/generate")
code=$(tail -n 1 <<<"$answer")
duration=$(head -n 1 <<<"$answer" | jq -r .duration)
echo "empty-folder start: POST /api/v1/generate answered $code, video ${duration}s (audio 5.3 s)"
[ "$code" = 200 ] && awk -v d="$duration" 'BEGIN { exit !(d > 5.0 && d < 5.6) }' && echo "empty-folder start: PASS"
