#!/usr/bin/env bash
# A throwaway PostgreSQL cluster, started as the postgres user (PostgreSQL refuses to run as root)
# in a temporary folder on a spare port, with a database "dvk" owned by user "dvk" (password dvk).
#   source .ci/postgres.sh; pg_start; ...; pg_stop
# pg_start sets PG_PORT, PG_DIR and SPRING_DATASOURCE_URL/USERNAME/PASSWORD.

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -Vr); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

pg_start() {
  PG_BIN=$(pg_bin) || { echo "no PostgreSQL server binaries found"; return 1; }
  PG_DIR=$(mktemp -d /tmp/dvk-pg.XXXXXX)
  chown postgres "$PG_DIR"
  PG_PORT=""
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then PG_PORT=$port; break; fi
  done
  [ -n "$PG_PORT" ] || { echo "no free port for PostgreSQL"; return 1; }
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale \
      >"$PG_DIR/initdb.log" 2>&1 \
    && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
      -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 ${PG_OPTIONS:-}" start >/dev/null \
    && runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q \
      -c "create role dvk login password 'dvk'" -c "create database dvk owner dvk" \
      -c "create database dvk_fuzz owner dvk" -c "create database dvk_live owner dvk" \
      -c "create database dvk_reformed owner dvk" \
    || { echo "PostgreSQL did not start:"; cat "$PG_DIR"/*.log 2>/dev/null | tail -20; return 1; }
  export PG_PORT PG_DIR PG_BIN
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/dvk"
  # The API fuzz test writes junk: it gets a database of its own.
  export DVK_FUZZ_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/dvk_fuzz"
  # The going-live journey starts from an empty database, without the demo.
  export DVK_LIVE_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/dvk_live"
  # The demo after the 2025 reform has a database of its own (the shared one keeps it before).
  export DVK_REFORMED_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/dvk_reformed"
  export SPRING_DATASOURCE_USERNAME=dvk SPRING_DATASOURCE_PASSWORD=dvk
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT ($PG_DIR)"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

pg_psql() {
  runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d dvk "$@"
}
