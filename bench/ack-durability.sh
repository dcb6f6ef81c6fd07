#!/usr/bin/env bash
# Nothing acknowledged is lost on kill -9, on the default database (embedded H2): each round fires uploads
# (201) and extract-audio submissions (202) at the packaged server, SIGKILLs it as soon as enough of them have
# been answered (others still in flight), starts it again on the same storage and checks that every answered
# upload is listed and downloads byte for byte, and every answered job is known. Also checks that the storage
# folder is owner-only and, after the orphan sweep, that every stored file has its row.
#   bench/ack-durability.sh   (ROUNDS=20; FIRE=6 uploads and 6 jobs per round, the kill once ACKS=3 of each are answered)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need java curl jq
build_if_missing

ROUNDS=${ROUNDS:-20}
FIRE=${FIRE:-6}
ACKS=${ACKS:-3}
WORK=$(mktemp -d /tmp/loqui-acks.XXXXXX)
STORAGE="$WORK/storage"
PORT=$(free_port)
API="http://127.0.0.1:$PORT"
# C1 only: the server restarts 21 times, and most of each start is class loading, not hot code.
OPTS=(-XX:TieredStopAtLevel=1 -Dloqui.storage.orphan-grace=0s -Dloqui.jobs.max-attempts=1)
trap 'stop_all; [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT
AUDIO="$TESTDATA/voices/librivox-austen-0890.wav"
SIZE=$(stat -c %s "$AUDIO")

start() {
  start_server acks "$PORT" "$STORAGE" "${OPTS[@]}"
  wait_ready "$PORT"
}

# fire ROUND: uploads and job submissions at once, each answered one appended to acks/ROUND.
fire() {
  local round=$1 out="$WORK/acks/$1"
  : >"$out"
  for i in $(seq 1 "$FIRE"); do
    ( id=$(curl -s -m 30 -H "Authorization: Bearer $TOKEN" -F "file=@$AUDIO;filename=r$round-$i.wav" \
        -w '\n%{http_code}' "$API/api/v1/files/upload" | { read -r body; read -r code; [ "$code" = 201 ] && jq -r .file_id <<<"$body"; }) \
        && echo "file $id" >>"$out" ) &
    ( id=$(curl -s -m 30 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "{\"video_file_id\":\"$VIDEO\",\"audio_format\":\"wav\",\"sample_rate\":16000}" \
        -w '\n%{http_code}' "$API/api/v1/process/extract-audio" | { read -r body; read -r code; [ "$code" = 202 ] && jq -r .job_id <<<"$body"; }) \
        && echo "job $id" >>"$out" ) &
  done
}

check() {
  local round=$1 missing=0
  while read -r kind id; do
    if [ "$kind" = file ]; then
      got=$(curl -s -o /dev/null -w '%{size_download} %{http_code}' -H "Authorization: Bearer $TOKEN" "$API/api/v1/files/$id/download")
      [ "$got" = "$SIZE 200" ] || { echo "FAIL: round $round: acknowledged upload $id answers '$got' after the restart"; missing=$((missing + 1)); }
    else
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API/api/v1/process/status/$id")
      [ "$code" = 200 ] || { echo "FAIL: round $round: acknowledged job $id answers $code after the restart"; missing=$((missing + 1)); }
    fi
  done <"$WORK/acks/$round"
  return $missing
}

mkdir -p "$WORK/acks"
start
TOKEN=$(register "$PORT")
make_video 2 "$WORK/short.mp4"
VIDEO=$(upload "$PORT" "$TOKEN" "$WORK/short.mp4")
fail=0; acked=0; started=$SECONDS
for round in $(seq 1 "$ROUNDS"); do
  fire "$round"
  for _ in $(seq 1 600); do
    [ "$(grep -c '^file' "$WORK/acks/$round")" -ge "$ACKS" ] && [ "$(grep -c '^job' "$WORK/acks/$round")" -ge "$ACKS" ] && break
    sleep 0.01
  done
  kill -9 "$SERVER_PID"
  while kill -0 "$SERVER_PID" 2>/dev/null; do sleep 0.05; done
  wait 2>/dev/null || true   # the requests still in flight end with the server
  n=$(wc -l <"$WORK/acks/$round"); acked=$((acked + n))
  start
  check "$round" || fail=1
  echo "round $round: $(grep -c '^file' "$WORK/acks/$round") uploads and $(grep -c '^job' "$WORK/acks/$round") jobs acknowledged before the kill; all found: $([ $fail = 0 ] && echo yes || echo NO)"
done
echo "$acked acknowledgements over $ROUNDS kills in $((SECONDS - started)) s"

open=$(find "$STORAGE" -type d -perm /077 -print; find "$STORAGE/db" "$STORAGE/keys" "$STORAGE/files" -type f -perm /077 -print)
[ -z "$open" ] || { echo "FAIL: readable by others: $open"; fail=1; }
grep -q . "$STORAGE/keys/database-password" || { echo "FAIL: no generated database password"; fail=1; }
sleep 16   # the orphan sweep runs 15 s after the start
kill -9 "$SERVER_PID"; while kill -0 "$SERVER_PID" 2>/dev/null; do sleep 0.05; done
cat >"$WORK/Rows.java" <<'JAVA'
public class Rows {
    public static void main(String[] a) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(a[0], "sa", a[1]);
             var r = c.createStatement().executeQuery("select count(*) from assets")) {
            r.next();
            System.out.println(r.getLong(1));
        }
    }
}
JAVA
H2_JAR=$(ls "$ROOT"/target/quarkus-app/lib/main/com.h2database.h2-*.jar)
rows=$(java -cp "$H2_JAR" "$WORK/Rows.java" "jdbc:h2:file:$STORAGE/db/loqui" "$(cat "$STORAGE/keys/database-password")")
on_disk=$(find "$STORAGE/files" -type f | wc -l)
echo "after the orphan sweep: $on_disk stored files, $rows asset rows"
[ "$on_disk" = "$rows" ] || { echo "FAIL: $on_disk files on disk for $rows rows"; fail=1; }
if java -cp "$H2_JAR" "$WORK/Rows.java" "jdbc:h2:file:$STORAGE/db/loqui" "" >/dev/null 2>&1; then
  echo "FAIL: the database opens with an empty password"; fail=1
fi
[ "$(find "$STORAGE/files" -name '*.part' | wc -l)" -eq 0 ] || { echo "FAIL: .part files left"; fail=1; }
[ $fail -eq 0 ] && echo "PASS: every acknowledged upload and job survived $ROUNDS kills; storage owner-only"
exit $fail
