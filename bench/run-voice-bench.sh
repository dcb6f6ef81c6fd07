#!/bin/sh
# Voice engine benchmark: compiles the project, then runs bench/VoiceBenchmark.java on its class path.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/voice-bench.cp
java -cp "target/classes:$(cat target/voice-bench.cp)" bench/VoiceBenchmark.java "$@" 2>&1 \
  | grep -v -E '^[0-9T:.-]+Z? .*(WARN|INFO)|^\s+at '
