#!/usr/bin/env bash
# The public showcase under load from one client: the app on a fresh embedded database with the
# demo data; for each page, the first (cold) request, then p50 and p95 of 200 more, in ms, and the
# same again asked with the page's ETag (answered 304 without a body).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
mvn -q -B -ntp -DskipTests -Dspotless.check.skip=true package
jar=$(ls target/dvk-*.jar | grep -v original | head -1)
port=18081
dir=$(mktemp -d)
java -jar "$jar" --server.port=$port \
  --spring.datasource.url="jdbc:h2:file:$dir/dvk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128" \
  > "$dir/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf "http://localhost:$port/actuator/health/readiness" | grep -q UP; do
  sleep 0.2
  kill -0 $pid 2>/dev/null || { echo "the app stopped:"; tail -20 "$dir/app.log"; exit 1; }
done
base="http://localhost:$port"
model=$(curl -s "$base/showcase/data/models.json" > "$dir/models.json"; grep -o '"url":"[^"]*"' "$dir/models.json" | sed -n '1{s/.*localhost:[0-9]*//; s/"$//; p}')
pages=("/showcase" "/showcase?q=dan+van+kheo" "/showcase?year=2023&level=PROVINCE" "$model"
  "/showcase/figures" "/showcase/data/models.json" "/showcase/data/models.csv" "/showcase/data/figures.csv")
percentile() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100); if (i<1) i=1; printf "%.1f", a[i]*1000}'; }
printf '%-40s %8s %8s %8s %10s\n' page cold p50 p95 '304 p50'
for page in "${pages[@]}"; do
  cold=$(curl -s -o /dev/null -w '%{time_total}' "$base$page" | awk '{printf "%.1f", $1*1000}')
  times=$(for i in $(seq 1 "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$page"; done)
  etag=$(curl -s -D - -o /dev/null "$base$page" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  cached=$(for i in $(seq 1 50); do curl -s -o /dev/null -H "If-None-Match: $etag" -w '%{time_total}\n' "$base$page"; done)
  printf '%-40s %8s %8s %8s %10s\n' "${page:0:40}" "$cold" "$(echo "$times" | percentile 50)" \
    "$(echo "$times" | percentile 95)" "$(echo "$cached" | percentile 50)"
done
