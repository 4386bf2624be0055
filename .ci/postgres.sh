#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests, from Debian's server binaries, run as `nobody` (the server
# refuses root) on a free port with trust auth. Source it, call `start_test_postgres`, and the cluster is
# stopped and deleted when the calling shell exits. Sets TEST_DATABASE_URL.

start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  PG_BIN=$bin
  PG_TMP=$(mktemp -d)
  chmod 755 "$PG_TMP"
  local as=()
  if [ "$(id -u)" = 0 ]; then
    chown nobody "$PG_TMP"
    as=(runuser -u nobody --)
  fi
  PG_AS=("${as[@]}")
  local port
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  "${as[@]}" "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust >"$PG_TMP/initdb.log" 2>&1 ||
    { cat "$PG_TMP/initdb.log"; return 1; }
  trap stop_test_postgres EXIT
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/log" -w \
    -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
    { cat "$PG_TMP/log"; return 1; }
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') for the tests on port $port"
}

stop_test_postgres() {
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP/data" ]; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
  fi
}
