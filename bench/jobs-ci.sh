#!/usr/bin/env bash
# The process-level checks, for .ci/run: crash recovery and acknowledged writes surviving kill -9 on H2, then the two-node PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
bench/crash-recovery.sh
bench/ack-durability.sh
bench/cluster-postgres.sh
bench/empty-folder-start.sh
bench/packaged-engines.sh
