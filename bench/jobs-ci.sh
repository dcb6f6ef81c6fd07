#!/usr/bin/env bash
# The job engine's process-level checks, for .ci/run: crash recovery on H2, then the two-node PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
bench/crash-recovery.sh
bench/cluster-postgres.sh
bench/empty-folder-start.sh
