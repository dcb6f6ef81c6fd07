#!/bin/sh
# Timbre learning benchmark: compiles the project, then runs bench/TimbreLearnBenchmark.java on its class path.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/timbre-bench.cp
java -cp "target/classes:$(cat target/timbre-bench.cp)" bench/TimbreLearnBenchmark.java "$@" 2>&1 \
  | grep -v -E '^[0-9T:.-]+Z? .*(WARN|INFO)|^\s+at '
