#!/usr/bin/env bash
# The yearly summary at national scale (run bench/national.sh first): for a district, a province and
# the whole country, RUNS times each (default 30), interleaved, the summary through the HTTP API
# (with a personal API token of the country's administrator `bench`; warmed up by WARM
# requests, default 100) and the straightforward SQL over the raw tables (a recursive walk of the
# year's unit tree into a temporary table that is analyzed, so that the planner knows its size, then
# joins and GROUP BY over it, counting the same figures; every statement timed); prints p50 and p95
# of both, their ratio, both registered counts (they must agree), what the summary's JSON weighs,
# how many SQL statements one summary request runs (PostgreSQL's log), and the floor of a signed-in
# request (GET /api/v1/me, timed after each summary). Targets: country < 150 ms and ≥ 5× the SQL, province < 20 ms,
# district < 10 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
runs=${RUNS:-30}
year=${YEAR:-2023}
national_database
port=18091
log=target/bench-summary-app.log
java -jar "$jar" --server.port=$port --dvk.demo.enabled=false --dvk.search.index.enabled=false \
  > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
wait_ready $port
auth=(-H "Authorization: Bearer $(api_token $port bench bench)")

sql() { # unit -> the straightforward SQL's figures, and its time in ms on the last line
  pg_psql -qAt -v u="$1" -v y="$year" <<'SQL'
\timing on
create temp table tree as
  with recursive walk(code) as (
    select code from units_unit
     where code = :'u' and valid_from <= make_date(:y, 12, 31)
       and (valid_to is null or valid_to > make_date(:y, 12, 31))
    union all
    select c.code from units_unit c join walk w on c.parent_code = w.code
     where c.valid_from <= make_date(:y, 12, 31)
       and (c.valid_to is null or c.valid_to > make_date(:y, 12, 31)))
  select code from walk;
analyze tree;
with registered as (
  select m.unit_code, count(*) as n, count(*) filter (where r.kind = 'NEW') as fresh,
         count(*) filter (where m.owner_kind <> 'INDIVIDUAL') as collective
    from models_registration r join models_model m on m.id = r.model_id
    join tree t on t.code = m.unit_code
   where r.registration_year = :y and r.state in ('REGISTERED', 'IN_PROGRESS')
   group by m.unit_code),
recognized as (
  select g.unit_code, count(distinct g.model_id) as n from recognition_recognition g
    join tree t on t.code = g.unit_code
   where g.recognition_year = :y and g.level in ('DISTRICT', 'GRASSROOTS') group by g.unit_code),
proposed as (
  select p.proposing_unit_code, count(distinct p.model_id) as n from recognition_proposal p
    join recognition_round r on r.id = p.round_id join tree t on t.code = p.proposing_unit_code
   where r.round_year = :y and r.level = 'PROVINCE'
     and p.state in ('PROPOSED', 'RECOGNIZED', 'NOT_RECOGNIZED')
   group by p.proposing_unit_code),
by_province as (
  select count(distinct g.model_id) as n from recognition_recognition g
    join models_model m on m.id = g.model_id join tree t on t.code = m.unit_code
   where g.recognition_year = :y and g.level = 'PROVINCE'),
copies as (
  select m.unit_code, count(*) as n from replication_source s
    join models_registration r on r.model_id = s.model_id and r.registration_year = s.learned_year
    join models_model m on m.id = s.model_id join tree t on t.code = m.unit_code
   where s.learned_year = :y and r.state in ('REGISTERED', 'IN_PROGRESS') group by m.unit_code)
select (select coalesce(sum(n), 0) from registered), (select coalesce(sum(fresh), 0) from registered),
       (select coalesce(sum(n), 0) from recognized), (select coalesce(sum(n), 0) from proposed),
       (select n from by_province), (select coalesce(sum(n), 0) from copies);
SQL
}

api() { # unit -> "time_ms registered bytes"
  curl -s "${auth[@]}" -o target/bench-summary.json -w '%{time_total} %{size_download}\n' \
    "http://localhost:$port/api/v1/reports/yearly-summary?year=$year&unit=$1" |
    awk -v r="$(grep -o '"registered":{"total":[0-9]*' target/bench-summary.json 2>/dev/null | grep -o '[0-9]*$')" \
      '{printf "%.1f %s %s\n", $1 * 1000, r, $2}'
}

pct() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); if(i>NR)i=NR; printf "%.1f %.1f\n", a[int((NR+1)*0.5)], a[i]}'; }

printf '%-10s %12s %12s %14s %14s %8s %12s %12s %10s %11s %16s\n' scope "app p50" "app p95" \
  "SQL p50" "SQL p95" ratio "app count" "SQL count" "JSON" statements "/me p50/p95"
scopes=("district P05.D03" "province P05" "country VN")
for _ in $(seq 1 "${WARM:-100}"); do # every scope warmed before any is timed (the country less often)
  for scope in "${scopes[@]}"; do
    set -- $scope
    [ "$1" = country ] && [ $((RANDOM % 4)) -ne 0 ] && continue
    api "$2" > /dev/null
  done
done
for scope in "${scopes[@]}"; do
  set -- $scope
  for _ in 1 2 3; do sql "$2" > /dev/null; done
  : > target/bench-app.times; : > target/bench-sql.times; : > target/bench-me.times
  for _ in $(seq 1 "$runs"); do
    read -r ms count bytes < <(api "$2")
    echo "$ms" >> target/bench-app.times
    curl -s "${auth[@]}" -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/me" |
      awk '{printf "%.1f\n", $1 * 1000}' >> target/bench-me.times
    out=$(sql "$2")
    echo "$out" | grep -o 'Time: [0-9.]*' | awk '{s += $2} END {print s}' >> target/bench-sql.times
    sqlcount=$(echo "$out" | grep '|' | cut -d'|' -f1)
  done
  statements=$(statements_per_request 30 \
    "http://localhost:$port/api/v1/reports/yearly-summary?year=$year&unit=$2" "${auth[@]}")
  read -r a50 a95 < <(pct < target/bench-app.times)
  read -r s50 s95 < <(pct < target/bench-sql.times)
  read -r m50 m95 < <(pct < target/bench-me.times)
  printf '%-10s %12s %12s %14s %14s %7sx %12s %12s %9sK %11s %16s\n' "$1" "$a50" "$a95" "$s50" "$s95" \
    "$(awk -v a="$a50" -v s="$s50" 'BEGIN{printf "%.1f", s/a}')" "${count:-?}" "$sqlcount" \
    "$(awk -v b="$bytes" 'BEGIN{printf "%.0f", b/1024}')" "$statements" "$m50/$m95"
done
