# Shared helpers of the job-engine scripts: start a packaged server, call its API, make test media.
# Needs: java 17, curl, jq; the server built with ./mvnw package -DskipTests.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
TESTDATA=$( [ -d "$ROOT/../shared/testdata" ] && echo "$ROOT/../shared/testdata" || echo /work/shared/testdata )
PIDS=()

need() { for tool in "$@"; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done; }

build_if_missing() {
  [ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

# start_server NAME PORT STORAGE [extra -D options...]: starts in the background, sets SERVER_PID.
# The database is whatever LOQUI_DB_* say (the server's default, H2 under STORAGE, when unset).
start_server() {
  local name=$1 port=$2 storage=$3; shift 3
  mkdir -p "$storage"
  LOQUI_STORAGE="$storage" \
  LOQUI_NODE_ID="${LOQUI_NODE_ID:-$name}" \
    java -Dquarkus.http.port="$port" \
      -Dloqui.rate-limit.processing-per-hour=1000000 -Dloqui.rate-limit.upload-per-hour=1000000 \
      -Dloqui.rate-limit.general-per-minute=1000000 -Dloqui.rate-limit.general-per-hour=10000000 \
      -Dloqui.rate-limit.auth-per-minute=1000000 "$@" \
      -jar "$JAR" >>"$storage/$name.log" 2>&1 &
  SERVER_PID=$!
  disown "$SERVER_PID" 2>/dev/null || true   # no "Killed" notice from the shell when a test SIGKILLs it
  PIDS+=("$SERVER_PID")
}

wait_ready() {
  local port=$1
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/q/health/live" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "server on port $port did not start" >&2
  return 1
}

stop_all() {
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}

register() {
  local port=$1 name="bench$RANDOM$RANDOM"
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"email\":\"$name@example.com\",\"username\":\"$name\",\"password\":\"secret123\"}" \
    "http://127.0.0.1:$port/api/v1/auth/register" | jq -r .access_token
}

upload() {
  local port=$1 token=$2 file=$3
  curl -sf -H "Authorization: Bearer $token" -F "file=@$file" "http://127.0.0.1:$port/api/v1/files/upload" | jq -r .file_id
}

# submit PORT TOKEN FILE_ID FORMAT RATE [IDEMPOTENCY_KEY]: prints the job id.
submit() {
  local port=$1 token=$2 file=$3 format=$4 rate=$5 key=${6:-$RANDOM$RANDOM}
  curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
    -d "{\"video_file_id\":\"$file\",\"audio_format\":\"$format\",\"sample_rate\":$rate}" \
    "http://127.0.0.1:$port/api/v1/process/extract-audio" | jq -r .job_id
}

status() {
  local port=$1 token=$2 job=$3
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/process/status/$job"
}

bundled_ffmpeg() {
  find "$HOME/.javacpp/cache" -path '*linux-x86_64/ffmpeg' -type f 2>/dev/null | head -n 1
}

# make_video SECONDS OUT: a small H.264 video with speech (looped from the test data) as its AAC track.
make_video() {
  local seconds=$1 out=$2 ffmpeg
  ffmpeg=$(bundled_ffmpeg)
  [ -n "$ffmpeg" ] || { echo "bundled ffmpeg not extracted yet (start the server once)" >&2; return 1; }
  "$ffmpeg" -y -hide_banner -loglevel error -f lavfi -i "color=c=teal:s=160x120:r=5" \
    -stream_loop -1 -i "$TESTDATA/voices/librivox-austen-0870.wav" -t "$seconds" \
    -c:v libopenh264 -pix_fmt yuv420p -c:a aac -b:a 96k -ar 44100 "$out"
}
