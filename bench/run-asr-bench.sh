#!/bin/sh
# Speech recognition benchmark: compiles the project (which unpacks the Vosk model), then runs
# bench/AsrBenchmark.java on its class path. Needs pocketsphinx, pocketsphinx-en-us, pocketsphinx-testdata.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/asr-bench.cp
java -cp "target/classes:$(cat target/asr-bench.cp)" bench/AsrBenchmark.java "$@" 2>&1 \
  | grep -v -E '^[0-9T:.-]+Z? .*(WARN|INFO)|^\s+at |^[0-9-]+ [0-9:,]+ (WARN|INFO)'
