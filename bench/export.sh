#!/usr/bin/env bash
# Exports every registration of the national data set (run bench/national.sh first) to XLSX
# through the web page, as the country's administrator, while sampling the application's heap
# (Prometheus endpoint) twice a second. Prints rows, time, size and heap before/peak. Goal: flat.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
national_database
port=18091
java -Xmx1g -jar "$jar" --server.port=$port --dvk.demo.enabled=false > target/bench-export-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
wait_ready $port
cookies=$(sign_in $port bench bench)
heap() {
  curl -s -b "$cookies" "http://localhost:$port/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%d", sum / 1048576}'
}
before=$(heap)
samples=$(mktemp)
( while kill -0 $app 2>/dev/null; do heap >> "$samples"; echo >> "$samples"; sleep 0.5; done ) &
sampler=$!
start=$(date +%s.%N)
curl -s -b "$cookies" -o target/bench-export.xlsx "http://localhost:$port/models/export.xlsx?${QUERY:-}"
end=$(date +%s.%N)
kill $sampler 2>/dev/null || true
# every sheet (a list longer than 1,048,576 rows goes on to further sheets), less one header each
sheets=$(unzip -l target/bench-export.xlsx | grep -c 'xl/worksheets/sheet[0-9]*\.xml')
rows=$(( $(unzip -p target/bench-export.xlsx 'xl/worksheets/sheet*.xml' | grep -o '<row ' | wc -l) - sheets + 1 ))
peak=$(sort -n "$samples" | tail -1)
printf 'BENCH export: %d rows, %.1f s, %d MB file, heap before %s MB, peak during %s MB (-Xmx1g)\n' \
  "$((rows - 1))" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" \
  "$(( $(stat -c %s target/bench-export.xlsx) / 1048576 ))" "$before" "$peak"
