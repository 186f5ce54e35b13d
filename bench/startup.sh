#!/usr/bin/env bash
# Cold start on the embedded database: a fresh H2 file, Flyway migrations, the demo data, until
# the readiness probe answers UP (after the demo data is in). Prints the seconds from launching the JVM. Goal: under 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
mvn -q -B -ntp -DskipTests -Dspotless.check.skip=true package
jar=$(ls target/dvk-*.jar | grep -v original | head -1)
port=18080
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  java -jar "$jar" --server.port=$port \
    --spring.datasource.url="jdbc:h2:file:$dir/dvk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0" \
    > "$dir/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" | grep -q UP; do
    sleep 0.1
    kill -0 $pid 2>/dev/null || { echo "the app stopped:"; tail -20 "$dir/app.log"; exit 1; }
  done
  ready=$(date +%s.%N)
  demo=$(grep -o 'Demo data loaded.*' "$dir/app.log" || echo 'demo data: not loaded')
  printf 'run %d: ready in %.1f s (%s)\n' "$i" "$(awk -v a="$start" -v b="$ready" 'BEGIN{print b-a}')" "$demo"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
done
