#!/usr/bin/env bash
# Cold start on the embedded database: a fresh H2 file, Flyway migrations, the demo data, until the
# readiness probe answers UP (after the demo data is in). Prints the seconds from launching the JVM,
# for the packaged jar as it is and with what Spring Boot offers for a faster start:
#   jar       java -jar target/dvk-*.jar
#   cds       the jar extracted (java -Djarmode=tools ... extract) and started with a class data
#             sharing archive made by a training run (-XX:ArchiveClassesAtExit, spring.context.exit)
#   aot+cds   the same, built with ahead-of-time processing (mvn -Paot) and spring.aot.enabled
#   aot+cds+jit  the same, with the JIT's second compiler (C2) called in later ($LATE_C2): on two
#             cores it competes with the start for the CPU; the server's hot code still gets it
#   c1        aot+cds with the first compiler alone (-XX:TieredStopAtLevel=1), for comparison only:
#             a server running on it is slower (see docs/benchmarks.md)
# Usage: bench/startup.sh [runs per mode, default 3] [modes, default "jar cds aot+cds aot+cds+jit"]
# Goal: under 10 s on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
modes=${2:-jar cds aot+cds aot+cds+jit}
LATE_C2="-XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000"
port=18080
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
h2() { echo "jdbc:h2:file:$1/dvk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128"; }

# Builds the jar (with or without AOT), extracts it and trains its class data sharing archive.
prepare() { # $1: plain or aot
  if [ -f "$work/$1.path" ]; then
    cat "$work/$1.path"
    return
  fi
  local profile=""
  [ "$1" = aot ] && profile="-Paot"
  mvn -q -B -ntp -DskipTests -Dspotless.check.skip=true $profile package > "$work/$1-build.log" \
    || { tail -40 "$work/$1-build.log" >&2; exit 1; }
  local jar target=target
  [ "$1" = aot ] && target=target/aot
  jar=$(ls $target/dvk-*.jar | grep -v original | head -1)
  cp "$jar" "$work/$1.jar"
  java -Djarmode=tools -jar "$jar" extract --destination "$work/$1" > /dev/null
  local aot=""
  [ "$1" = aot ] && aot="-Dspring.aot.enabled=true"
  local data
  data=$(mktemp -d -p "$work")
  java -XX:ArchiveClassesAtExit="$work/$1/app.jsa" -Dspring.context.exit=onRefresh $aot \
    -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$work/$1/$(basename "$jar")" --server.port=$port --spring.datasource.url="$(h2 "$data")" \
    > "$work/$1-training.log" 2>&1 || { tail -20 "$work/$1-training.log" >&2; exit 1; }
  echo "$work/$1/$(basename "$jar")" | tee "$work/$1.path"
}

# Starts the app on a fresh database and prints the seconds until it is ready.
start() { # $1: mode, $2...: the java command's arguments
  local mode=$1
  shift
  local data
  data=$(mktemp -d -p "$work")
  local began
  began=$(date +%s.%N)
  java "$@" --server.port=$port --spring.datasource.url="$(h2 "$data")" > "$data/app.log" 2>&1 &
  local pid=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" | grep -q UP; do
    sleep 0.1
    kill -0 $pid 2>/dev/null || { echo "the app stopped:"; tail -20 "$data/app.log"; exit 1; }
  done
  local ready
  ready=$(date +%s.%N)
  local context demo committed index
  context=$(grep -o 'Started DvkApplication in [0-9.]* seconds' "$data/app.log" | grep -o '[0-9.]*' || echo '?')
  demo=$(grep -o 'Demo data loaded.* in [0-9]* ms' "$data/app.log" | grep -o '[0-9]* ms$' || echo 'none')
  committed=$(grep -o 'committed at [0-9]* ms' "$data/app.log" | grep -o '[0-9]* ms$' || echo '?')
  index=$(grep -o 'Search index built: .* in [0-9]* ms' "$data/app.log" | grep -o '[0-9]* ms$' || echo 'later')
  printf '%-11s ready in %5.1f s  (context %s s, demo data %s, committed at %s, search index %s)\n' \
    "$mode" "$(awk -v a="$began" -v b="$ready" 'BEGIN{print b-a}')" "$context" "$demo" "$committed" \
    "$index"
  kill $pid
  wait $pid 2>/dev/null || true
}

for mode in $modes; do
  case $mode in
    jar | cds) extracted=$(prepare plain) ;;
    aot+cds | aot+cds+jit | c1) extracted=$(prepare aot) ;;
    *) echo "unknown mode $mode"; exit 2 ;;
  esac
  for i in $(seq 1 "$runs"); do
    case $mode in
      jar) start "$mode" -jar "$work/plain.jar" ;;
      cds) start "$mode" -XX:SharedArchiveFile="${extracted%/*}/app.jsa" -jar "$extracted" ;;
      aot+cds) start "$mode" -XX:SharedArchiveFile="${extracted%/*}/app.jsa" \
        -Dspring.aot.enabled=true -jar "$extracted" ;;
      aot+cds+jit) start "$mode" $LATE_C2 -XX:SharedArchiveFile="${extracted%/*}/app.jsa" \
        -Dspring.aot.enabled=true -jar "$extracted" ;;
      c1) start "$mode" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="${extracted%/*}/app.jsa" \
        -Dspring.aot.enabled=true -jar "$extracted" ;;
    esac
  done
done
