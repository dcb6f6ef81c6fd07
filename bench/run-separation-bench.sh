#!/bin/sh
# Dub additions benchmark: compiles the project, then runs bench/SeparationBenchmark.java on its class path.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/separation-bench.cp
java -cp "target/classes:$(cat target/separation-bench.cp)" bench/SeparationBenchmark.java "$@" 2>&1 \
  | grep -v -E '^[0-9T:.-]+Z? .*(WARN|INFO)|^\s+at '
