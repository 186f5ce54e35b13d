# Shared by the benchmarks (source it): waiting for the application and signing in.

# wait_ready PORT: until the application's readiness probe answers UP.
wait_ready() {
  until curl -sf "http://localhost:$1/actuator/health/readiness" | grep -q UP; do sleep 0.5; done
}

# sign_in PORT USER PASSWORD: signs in through the login page, as a browser does (with its CSRF
# token); prints the path of the cookie jar that holds the session.
sign_in() {
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" "http://localhost:$1/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null "http://localhost:$1/login" \
    --data-urlencode "username=$2" --data-urlencode "password=$3" --data-urlencode "_csrf=$token"
  echo "$jar"
}

# api_token PORT USER PASSWORD: a personal API token of the user (one password check, then none):
# what a script or another system uses, without a session to read and write back on each request.
api_token() {
  curl -s -u "$2:$3" -H 'Content-Type: application/json' -d '{"name": "bench"}' \
    "http://localhost:$1/api/v1/me/tokens" | grep -o '"secret":"[^"]*"' | cut -d'"' -f4
}

# statements_per_request N URL CURL_ARGS...: how many SQL statements one request runs (transaction
# boundaries not counted), on average over N requests, from PostgreSQL's log of every statement
# (needs PG_DIR and pg_psql from .ci/postgres.sh). A background thread's statements in the same
# window (the search index polls its feed every second) count too: N of 30 or more makes them a
# few tenths.
statements_per_request() {
  local n=$1 url=$2
  shift 2
  local log="$PG_DIR/server.log" before
  pg_psql -qc "alter system set log_min_duration_statement = 0" > /dev/null
  pg_psql -qc "select pg_reload_conf()" > /dev/null
  sleep 0.3
  before=$(wc -l < "$log")
  for _ in $(seq 1 "$n"); do curl -s -o /dev/null "$@" "$url"; done
  sleep 0.3
  pg_psql -qc "alter system reset log_min_duration_statement" > /dev/null
  pg_psql -qc "select pg_reload_conf()" > /dev/null
  tail -n +$((before + 1)) "$log" | grep -E 'duration: .* (execute [^:]*|statement):' \
    | grep -v -i -E ': (BEGIN|BEGIN READ ONLY|COMMIT|ROLLBACK) *$|: *$|pg_reload_conf|log_min_duration' \
    | wc -l | awk -v n="$n" '{printf "%.1f", $1 / n}'
}

# national_database: the national data set's database (bench/national.sh leaves its settings in
# target/bench-postgres.env, or SPRING_DATASOURCE_URL points at it), pg_psql for it, and the packaged
# jar to run against it ($jar).
national_database() {
  [ -f target/bench-postgres.env ] && source target/bench-postgres.env
  : "${SPRING_DATASOURCE_URL:?run bench/national.sh first, or point SPRING_DATASOURCE_URL at its database}"
  source .ci/postgres.sh
  jar=$(ls target/dvk-*.jar | grep -v original | head -1)
}
