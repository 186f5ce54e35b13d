#!/usr/bin/env bash
# Search latency through the whole HTTP API on the national data set (run bench/national.sh
# first): ten typical queries, some matching a few models and some a hundred thousand, each run
# RUNS times (default 30) by a user with a personal API token; prints p50/p95 per query with the search index, then
# the same queries answered by the database alone (with its word index, then without any), fewer
# runs, and the speed-ups. Each run is followed by GET /api/v1/me, the floor of a signed-in
# request, whose p50/p95 are printed beside; and how many SQL statements a request runs.
# INDEX_ONLY=1 stops after the index's figures. Goal: p95 < 20 ms, ≥ 10× the index-less.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
runs=${RUNS:-30}
national_database
port=18090
log=target/bench-search-app.log
app=""
trap '[ -n "$app" ] && kill $app 2>/dev/null || true' EXIT

start() { # extra arguments -> starts the application, waits until it answers (and its index)
  [ -n "$app" ] && { kill $app; wait $app 2>/dev/null || true; }
  java -jar "$jar" --server.port=$port --dvk.demo.enabled=false "$@" > "$log" 2>&1 &
  app=$!
  wait_ready $port
  case "$*" in *index.enabled=false*) ;; *)
    until grep -q 'Search index built' "$log"; do sleep 1; done
    grep -o 'Search index built.*' "$log" ;;
  esac
  auth=(-H "Authorization: Bearer $(api_token $port bench bench)")
}

queries=(
  "q=thanh+long"
  "q=mai+am+tinh+thuong"
  "q=huyen+01"
  "q=camera+tinh+07"
  "q=xa+07+huyen+03+tinh+12"
  "q=nguyen+van+an"
  "q=to+hoa+giai&year=2023"
  "q=thap+sang+duong+que&field=ECONOMY"
  "year=2024&state=IN_PROGRESS"
  "under=P05&q=ho+ngheo"
)

measure() { # query runs -> prints "p50 p95 total floor-p50 floor-p95": each run of the query is
  # followed by one of GET /api/v1/me, the floor of a signed-in API request, timed alike
  local query=$1 n=$2 total
  total=$(curl -s "${auth[@]}" "http://localhost:$port/api/v1/models?$query" | grep -o '"total":[0-9]*' | cut -d: -f2)
  : > target/bench-search.times
  : > target/bench-me.times
  for _ in $(seq 1 "$n"); do
    curl -s "${auth[@]}" -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/models?$query" \
      >> target/bench-search.times
    curl -s "${auth[@]}" -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/me" \
      >> target/bench-me.times
  done
  echo "$(pct < target/bench-search.times) $total $(pct < target/bench-me.times)"
}

pct() { # seconds, one a line -> "p50 p95" in ms
  sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); if(i>NR)i=NR; printf "%.1f %.1f", a[int((NR+1)*0.5)]*1000, a[i]*1000}'
}

warm() { # a few rounds of every query, so that the figures are of a warm application
  for _ in 1 2 3; do for q in "${queries[@]}"; do measure "$q" 10 > /dev/null; done; done
}

start
warm
printf '%-45s %10s %10s %10s %16s %11s\n' "query" "matches" "p50 ms" "p95 ms" "/me p50/p95 ms" \
  statements
declare -A with
for q in "${queries[@]}"; do
  read -r p50 p95 total me50 me95 < <(measure "$q" "$runs")
  with[$q]=$p95
  statements=$(statements_per_request 30 "http://localhost:$port/api/v1/models?$q" "${auth[@]}")
  printf '%-45s %10s %10s %10s %16s %11s\n' "$q" "$total" "$p50" "$p95" "$me50/$me95" "$statements"
done
echo "GET /api/v1/me runs $(statements_per_request 30 "http://localhost:$port/api/v1/me" "${auth[@]}") statements"
[ -n "${INDEX_ONLY:-}" ] && exit 0

compare() { # title -> the same queries, fewer runs, with the speed-up of the index at p95
  echo
  echo "$1:"
  for q in "${queries[@]}"; do
    read -r p50 p95 total _ < <(measure "$q" 5)
    printf '%-45s %10s %10s %10s   speed-up at p95: %sx\n' "$q" "$total" "$p50" "$p95" \
      "$(awk -v a="$p95" -v b="${with[$q]}" 'BEGIN{printf "%.0f", a/b}')"
  done
}

start --dvk.search.index.enabled=false
compare "the database alone, with its word index (V103)"
pg_psql -qc "drop index models_model_search_words_idx"
trap '[ -n "$app" ] && kill $app 2>/dev/null; pg_psql -qc "create index if not exists models_model_search_words_idx on models_model using gin (search_words)"' EXIT
compare "the database alone, without any word index"
echo "(re-creating the word index)"
