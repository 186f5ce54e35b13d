#!/usr/bin/env bash
# Search latency through the whole HTTP API on the national data set (run bench/national.sh
# first): ten typical queries, some matching a few models and some a hundred thousand, each run
# RUNS times (default 30) by a signed-in user; prints p50/p95 per query with the search index, then
# the same queries answered by the database alone (with its word index, then without any), fewer
# runs, and the speed-ups. Goal: p95 < 20 ms, ≥ 10× the index-less.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-30}
[ -f target/bench-postgres.env ] && source target/bench-postgres.env
: "${SPRING_DATASOURCE_URL:?run bench/national.sh first, or point SPRING_DATASOURCE_URL at its database}"
source .ci/postgres.sh
port=18090
jar=$(ls target/dvk-*.jar | grep -v original | head -1)
log=target/bench-search-app.log
app=""
trap '[ -n "$app" ] && kill $app 2>/dev/null || true' EXIT

start() { # extra arguments -> starts the application, waits until it answers (and its index)
  [ -n "$app" ] && { kill $app; wait $app 2>/dev/null || true; }
  java -jar "$jar" --server.port=$port --dvk.demo.enabled=false "$@" > "$log" 2>&1 &
  app=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" | grep -q UP; do sleep 0.5; done
  case "$*" in *index.enabled=false*) ;; *)
    until grep -q 'Search index built' "$log"; do sleep 1; done
    grep -o 'Search index built.*' "$log" ;;
  esac
  cookies=$(mktemp)
  local token
  token=$(curl -s -c "$cookies" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$cookies" -c "$cookies" -o /dev/null "http://localhost:$port/login" \
    --data-urlencode "username=bench" --data-urlencode "password=bench" --data-urlencode "_csrf=$token"
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

measure() { # query runs -> prints "p50 p95 total"
  local query=$1 n=$2 times total
  total=$(curl -s -b "$cookies" "http://localhost:$port/api/v1/models?$query" | grep -o '"total":[0-9]*' | cut -d: -f2)
  times=$(for _ in $(seq 1 "$n"); do
    curl -s -b "$cookies" -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/models?$query"
  done | sort -n)
  awk -v t="$total" '{a[NR]=$1} END {p50=a[int((NR+1)*0.5)]; i=int(NR*0.95+0.999); if(i>NR)i=NR; printf "%.1f %.1f %s\n", p50*1000, a[i]*1000, t}' <<< "$times"
}

warm() { # a few rounds of every query, so that the figures are of a warm application
  for _ in 1 2 3; do for q in "${queries[@]}"; do measure "$q" 10 > /dev/null; done; done
}

start
warm
printf '%-45s %10s %10s %10s\n' "query" "matches" "p50 ms" "p95 ms"
declare -A with
for q in "${queries[@]}"; do
  read -r p50 p95 total < <(measure "$q" "$runs")
  with[$q]=$p95
  printf '%-45s %10s %10s %10s\n' "$q" "$total" "$p50" "$p95"
done

compare() { # title -> the same queries, fewer runs, with the speed-up of the index at p95
  echo
  echo "$1:"
  for q in "${queries[@]}"; do
    read -r p50 p95 total < <(measure "$q" 5)
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
