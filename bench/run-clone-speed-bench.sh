#!/bin/sh
# Clone speed benchmark (issue 13): compiles the project, then runs bench/CloneSpeedBenchmark.java on its class path.
set -e
cd "$(dirname "$0")/.."
# offline first (this workplace has no network), online where the local repository lacks a plugin
./mvnw -q -B -o compile || ./mvnw -q -B compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/clone-speed-bench.cp \
  || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/clone-speed-bench.cp
java -cp "target/classes:$(cat target/clone-speed-bench.cp)" bench/CloneSpeedBenchmark.java "$@" 2>&1 \
  | grep -v -E '^[0-9T:.-]+Z? .*(WARN|INFO)|^\s+at '
