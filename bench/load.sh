#!/usr/bin/env bash
# Load: a realistic mix (searches, model pages, the yearly summary, the public showcase, a few
# registrations) under CONNECTIONS loopback connections for DURATION, measured in the same run as
# the trivial endpoint (GET /api/v1/me) as the ceiling. The packaged jar with the demo data on a
# fresh embedded database (or SPRING_DATASOURCE_URL). Needs wrk (Debian package wrk).
# WARMUP (default 90s) is how long the mix runs before anything is measured.
# JAVA_OPTS is passed to the JVM (for example a flight recording).
# KINDS="search model summary showcase write" also runs each kind of request alone.
# Goal: 0 errors, the mix's throughput ≥ 50% of the ceiling, p99 < 250 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-60s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
port=18095
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }
jar=$(ls target/dvk-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { mvn -B -ntp -q -DskipTests package; jar=$(ls target/dvk-*.jar | grep -v original | head -1); }
data=$(mktemp -d)
log=target/bench-load-app.log
java ${JAVA_OPTS:-} -jar "$jar" --server.port=$port \
  --spring.datasource.url="jdbc:h2:file:$data/dvk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128" \
  > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "http://localhost:$port/actuator/health/readiness" | grep -q UP; do sleep 0.5; done

token() { # user -> a personal API token (one password check, then none)
  curl -s -u "$1:demo" -H 'Content-Type: application/json' -d '{"name": "load"}' \
    "http://localhost:$port/api/v1/me/tokens" | grep -o '"secret":"[^"]*"' | cut -d'"' -f4
}
reader=$(token leader)
unit_of() { # token -> the home unit's code
  curl -s -H "Authorization: Bearer $1" "http://localhost:$port/api/v1/me" \
    | grep -o '"unit":{"code":"[^"]*"' | cut -d'"' -f6
}
# The model pages the reader may open: the ids of its own list (a model outside its province is
# a 404 by design, and would count as an error).
ids=target/bench-load-ids.txt
mkdir -p target
: > "$ids"
for page in 0 1 2 3 4; do
  curl -s -H "Authorization: Bearer $reader" "http://localhost:$port/api/v1/models?size=100&page=$page" \
    | grep -o '"modelId":[0-9]*' | cut -d: -f2 >> "$ids"
done
args=("$reader" "$ids" "$(unit_of "$reader")" "$(date +%Y)")
for officer in duclinh tanhlinh tanhlinh.xa; do
  writer=$(token "$officer")
  args+=("$writer@$(unit_of "$writer")")
done
echo "app up (pid $app); $(sort -u "$ids" | wc -l) model pages; reader of ${args[2]};" \
  "$connections connections, $threads threads, $duration each"

run() { # name, wrk arguments... -> prints requests/s, p50, p99, errors
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@")
  local rps p50 p99 bad sock
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  bad=$(awk '/Non-2xx/ {print $NF}' <<< "$out")
  sock=$(awk -F'Socket errors: ' '/Socket errors/ {print $2}' <<< "$out")
  printf '%-8s %10s req/s   p50 %8s   p99 %8s   non-2xx %s   socket errors %s\n' \
    "$name" "$rps" "$p50" "$p99" "${bad:-0}" "${sock:-none}"
  echo "$rps" > "target/bench-load-$name.rps"
}

# Warm-up: long enough for the JIT to compile the mix's paths while 64 connections keep both cores
# busy (10 s measured code still half interpreted: the showcase alone ran at 200 requests/s then,
# 750 after a minute).
wrk -t"$threads" -c"$connections" -d"${WARMUP:-90s}" -s bench/load-mix.lua "http://localhost:$port" \
  -- "${args[@]}" > /dev/null # warm-up
name=ceiling; run -H "Authorization: Bearer $reader" "http://localhost:$port/api/v1/me"
name=mix; run -s bench/load-mix.lua "http://localhost:$port" -- "${args[@]}"
for kind in ${KINDS:-}; do # each kind alone, to see where the mix's time goes
  name=$kind; KIND=$kind run -s bench/load-mix.lua "http://localhost:$port" -- "${args[@]}"
done
awk -v c="$(cat target/bench-load-ceiling.rps)" -v m="$(cat target/bench-load-mix.rps)" \
  'BEGIN {printf "mix / ceiling: %.0f%%\n", 100 * m / c}'
