#!/usr/bin/env bash
# Builds the national-size data set in an EMPTY PostgreSQL database: the country, 63 provinces,
# 693 districts, 10,395 communes (numbered), MODELS models (default 1,000,000) with REPORTS
# progress reports each (default 10, so 10,000,000 reports), then stops.
#   SPRING_DATASOURCE_URL=jdbc:postgresql://host:port/db SPRING_DATASOURCE_USERNAME=… \
#   SPRING_DATASOURCE_PASSWORD=… bench/national.sh [MODELS] [REPORTS]
# Without SPRING_DATASOURCE_URL it starts a throwaway PostgreSQL cluster (see .ci/postgres.sh) and
# leaves it running for bench/search.sh; its settings are written to target/bench-postgres.env.
set -euo pipefail
cd "$(dirname "$0")/.."
models=${1:-1000000}
reports=${2:-10}
if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
  source .ci/postgres.sh
  PG_OPTIONS="-c shared_buffers=2GB -c work_mem=64MB -c max_wal_size=8GB -c synchronous_commit=off" pg_start
  mkdir -p target
  printf 'export PG_DIR=%s PG_PORT=%s PG_BIN=%s SPRING_DATASOURCE_URL=%s SPRING_DATASOURCE_USERNAME=dvk SPRING_DATASOURCE_PASSWORD=dvk\n' \
    "$PG_DIR" "$PG_PORT" "$PG_BIN" "$SPRING_DATASOURCE_URL" > target/bench-postgres.env
fi
mvn -q -B -ntp -DskipTests -Dspotless.check.skip=true package
jar=$(ls target/dvk-*.jar | grep -v original | head -1)
case "$SPRING_DATASOURCE_URL" in *\?*) url="$SPRING_DATASOURCE_URL&reWriteBatchedInserts=true" ;;
  *) url="$SPRING_DATASOURCE_URL?reWriteBatchedInserts=true" ;; esac
start=$(date +%s)
SPRING_DATASOURCE_URL="$url" java -Xmx3g -jar "$jar" --server.port=0 \
  --dvk.demo.enabled=false --dvk.generate.national=true \
  --dvk.generate.models="$models" --dvk.generate.reports-per-model="$reports" \
  | grep -E "units in|models loaded|National data set|ERROR"
echo "generated in $(( $(date +%s) - start )) s"
if [ -n "${PG_DIR:-}" ]; then pg_psql -qc "vacuum analyze"; fi
