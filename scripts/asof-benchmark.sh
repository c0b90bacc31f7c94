#!/usr/bin/env bash
# As-of views at scale: do the page costs grow with the size of a request's history?
#
# Usage: scripts/asof-benchmark.sh [h2|postgresql] N
#
#   1. Builds the packaged application once per database kind (kept under target/asof-bench/<kind>-app and
#      reused; REBUILD=1 forces a new build). The database kind is fixed when the application is packaged, so
#      the PostgreSQL build is `./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql`
#      (a -Ppostgresql build profile does the same where the project has one); the JDBC URL, user and password
#      are given at run time (QUARKUS_DATASOURCE_JDBC_URL/USERNAME/PASSWORD).
#   2. Starts the application on a fresh database (H2: a temporary tracker.data-dir; PostgreSQL: a throwaway
#      server in a temporary directory on 127.0.0.1:$PG_PORT, default 55410), which creates the schema and the
#      shipped 2017 example request, and times every page below on that data.
#   3. Stops the application and loads N extra changes into the request pacei-2017 in bulk SQL (H2: the H2
#      jar's RunScript while the application is stopped; PostgreSQL: psql): effective dates spread over
#      2016-01-01 .. 2026-06-30, recording times increasing one second per change from 2025-01-01, statuses
#      cycling, grouped 1,000 changes per change set, "backdated" computed as the application would, and each
#      cell's row in `response` set to its latest change in effective order. Then the statistics are refreshed
#      (ANALYZE), as the database's own maintenance would do.
#   4. Restarts the application and times the same pages again.
#
# Pages: matrix, dashboard, jurisdiction page (NY), cell page (NY, full_name) and wide.csv, each now, as of
# 2017-07-04 (the shipped data's days) and as of 2021-06-30 (the middle of the loaded range). Each page is
# requested WARMUP times (default 20), then timed RUNS times (default 30) with curl's time_total; the script
# prints per page the median and the 95th percentile on the shipped data and at N, and the ratio of medians.
# Everything listens on loopback only; everything started is stopped on exit, by process id.
#
# Environment: PORT (application, default 18710), PG_PORT (default 55410), WARMUP, RUNS, REBUILD=1,
# JAVA_OPTS (default -Xmx512m), KEEP=1 keeps the temporary directory (and prints its path).
set -euo pipefail

KIND=${1:-h2}
N=${2:-1000000}
case "$KIND" in h2|postgresql) ;; *) echo "usage: $0 [h2|postgresql] N" >&2; exit 2 ;; esac
PORT=${PORT:-18710}
PG_PORT=${PG_PORT:-55410}
WARMUP=${WARMUP:-20}
RUNS=${RUNS:-30}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR="$ROOT/target/asof-bench/$KIND-app"
WORK=$(mktemp -d)
chmod 755 "$WORK"
APP_PID=""
PG_BIN=""
BASE="http://127.0.0.1:$PORT"

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

stop_pg() {
    if [ -n "$PG_BIN" ] && [ -f "$WORK/pg/data/postmaster.pid" ]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
    fi
}

cleanup() {
    stop_app
    stop_pg
    if [ "${KEEP:-}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: run its server programs as the postgres account when we are root.
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# ---- 1. the packaged application -------------------------------------------------------------------------
if [ "${REBUILD:-}" = 1 ] || [ ! -f "$APP_DIR/quarkus-run.jar" ]; then
    log "packaging the application for $KIND"
    if [ "$KIND" = postgresql ]; then
        (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql)
    else
        (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
    fi
    rm -rf "$APP_DIR"
    mkdir -p "$(dirname "$APP_DIR")"
    cp -r "$ROOT/target/quarkus-app" "$APP_DIR"
fi

# ---- 2. the database -------------------------------------------------------------------------------------
if [ "$KIND" = postgresql ]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    mkdir -p "$WORK/pg"
    if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pg"; fi
    as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >/dev/null
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" \
        -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" -w start >/dev/null
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -v ON_ERROR_STOP=1 \
        -c "create role tracker login password 'tracker'" -c "create database tracker owner tracker"
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tracker"
    export QUARKUS_DATASOURCE_USERNAME=tracker QUARKUS_DATASOURCE_PASSWORD=tracker
    run_sql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U tracker -d tracker -q -v ON_ERROR_STOP=1 -f "$1"; }
    scalar() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U tracker -d tracker -At -c "$1"; }
else
    H2_JAR=$(ls "$APP_DIR"/lib/main/com.h2database.h2-*.jar | head -1)
    H2_URL="jdbc:h2:file:$WORK/data/tracker"
    run_sql() { java -Xmx2g -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -user tracker -password tracker -script "$1"; }
    scalar() {
        java -cp "$H2_JAR" org.h2.tools.Shell -url "$H2_URL" -user tracker -password tracker -sql "$1" \
            | sed -n 2p | awk '{print $1}'
    }
fi

start_app() {
    # The render cache is off: the benchmark measures what a page costs to compute, not a kept copy of it.
    TRACKER_RENDER_CACHE_ENABLED=false \
    TRACKER_DATA_DIR="$WORK/data" TRACKER_PUBLIC_READ=true TRACKER_ADMIN_PASSWORD=benchmark-only \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
        java $JAVA_OPTS -jar "$APP_DIR/quarkus-run.jar" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 180); do
        if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then return 0; fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then break; fi
        sleep 1
    done
    echo "the application did not start; see its log:" >&2
    tail -50 "$WORK/app.log" >&2
    exit 1
}

# ---- the pages -------------------------------------------------------------------------------------------
PAGES=()
for q in "" "?asOf=2017-07-04" "?asOf=2021-06-30"; do
    PAGES+=("/requests/pacei-2017/matrix$q" "/requests/pacei-2017$q" "/requests/pacei-2017/jurisdictions/NY$q"
        "/requests/pacei-2017/cells/NY/full_name$q" "/requests/pacei-2017/export/wide.csv$q")
done

# measure FILE: one line per page, "path median p95" (seconds)
measure() {
    local out=$1 path code
    : >"$out"
    for path in "${PAGES[@]}"; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
        if [ "$code" != 200 ]; then echo "$path answered $code" >&2; exit 1; fi
        for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "$BASE$path"; done
        for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path"; done \
            | sort -g | awk -v path="$path" '{ t[NR] = $1 }
                END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
                      i = int(NR * 0.95 + 0.999999); if (i > NR) i = NR
                      printf "%s %.4f %.4f\n", path, m, t[i] }' >>"$out"
        log "  $(tail -1 "$out")"
    done
}

log "starting on the shipped data ($KIND)"
start_app
SHIPPED_CHANGES=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/requests/pacei-2017/cells/NY/full_name")
[ "$SHIPPED_CHANGES" = 200 ] || { echo "the field key full_name is missing from pacei-2017" >&2; exit 1; }
measure "$WORK/shipped.txt"
stop_app

# ---- 3. N changes in bulk SQL ----------------------------------------------------------------------------
if [ "$KIND" = postgresql ]; then
    SERIES="generate_series(1::bigint, $N) as g(x)"
    DAY="date '2016-01-01' + mod(g.x * 7919, 3834)::int"
    AT="timestamptz '2025-01-01 00:00:00+00' + g.x * interval '1 second'"
    SET_AT="timestamptz '2025-01-01 00:00:00+00' + (s.x * 1000 + 1) * interval '1 second'"
    SETS="generate_series(0::bigint, ($N - 1) / 1000) as s(x)"
    X=g.x
else
    SERIES="system_range(1, $N) g"
    DAY="dateadd(day, mod(g.x * 7919, 3834), date '2016-01-01')"
    AT="dateadd(second, g.x, timestamp with time zone '2025-01-01 00:00:00+00')"
    SET_AT="dateadd(second, s.x * 1000 + 1, timestamp with time zone '2025-01-01 00:00:00+00')"
    SETS="system_range(0, ($N - 1) / 1000) s"
    X=g.x
fi
REQUEST_ID=$(scalar "select id from data_request where slug = 'pacei-2017'")
CELLS=$(scalar "select count(*) from response where request_id = $REQUEST_ID")
BEFORE=$(scalar "select count(*) from cell_change where request_id = $REQUEST_ID")
log "loading $N changes over $CELLS cells of request $REQUEST_ID (it has $BEFORE changes)"
cat >"$WORK/load.sql" <<SQL
-- One change set per 1,000 changes, recorded when its first change was.
insert into change_set (request_id, recorded_at, recorded_by, method, summary)
select $REQUEST_ID, $SET_AT, 'benchmark', 'IMPORT', 'Benchmark import ' || s.x from $SETS order by s.x;

create table bench_cell as
select id, jurisdiction_code, field_id, status, row_number() over (order by id) - 1 as n,
       (select max(c.effective_date) from cell_change c where c.response_id = response.id) as max_day
  from response where request_id = $REQUEST_ID;

-- The changes to load, numbered in recording order. "backdated": the cell already had a change taking effect
-- later when this one was recorded (a shipped one, or a loaded one with a smaller number). "old_status": the
-- cell's value before, in recorded order.
create table bench_change as
select g.x, g.n, g.eff, g.rec, g.st, lag(g.st) over (partition by g.n order by g.x) as old_st,
       coalesce(max(g.eff) over (partition by g.n order by g.x rows between unbounded preceding and 1 preceding)
                > g.eff, false) as later
  from (select $X as x, mod($X, $CELLS) as n, $DAY as eff, $AT as rec,
               case mod($X / $CELLS, 8) when 0 then 'REVIEWING' when 1 then 'CONDITIONAL'
                    when 2 then 'WILL_PROVIDE' when 3 then 'PROVIDED' when 4 then 'WITHHELD_BY_LAW'
                    when 5 then 'REFUSED' when 6 then 'NOT_COLLECTED' else 'ON_HOLD' end as st
          from $SERIES) g;
SQL
# Inserted 100,000 at a time: one transaction per statement keeps the embedded database's memory bounded.
for ((FROM = 1; FROM <= N; FROM += 100000)); do
    cat >>"$WORK/load.sql" <<SQL
insert into cell_change (response_id, request_id, jurisdiction_code, field_id, change_set_id, old_status,
                         new_status, effective_date, note, source_url, source_title, recorded_at, recorded_by,
                         backdated)
select b.id, $REQUEST_ID, b.jurisdiction_code, b.field_id,
       (select min(id) from change_set where recorded_by = 'benchmark') + (g.x - 1) / 1000,
       coalesce(g.old_st, b.status), g.st, g.eff, 'Benchmark change ' || g.x,
       'https://example.org/benchmark/' || g.x, 'Benchmark source', g.rec, 'benchmark',
       g.later or coalesce(b.max_day, g.eff) > g.eff
  from bench_change g join bench_cell b on b.n = g.n
 where g.x between $FROM and $((FROM + 99999));
SQL
done
cat >>"$WORK/load.sql" <<SQL
drop table bench_change;
drop table bench_cell;

-- Each cell shows its latest change in effective order, as the application keeps it.
update response set (status, effective_date, note, legal_basis, conditions, source_url, source_title) =
       (select c.new_status, c.effective_date, c.note, c.legal_basis, c.conditions, c.source_url, c.source_title
          from cell_change c where c.response_id = response.id
         order by c.response_id desc, c.effective_date desc, c.recorded_at desc, c.id desc fetch first 1 row only),
       version = version + 1
 where request_id = $REQUEST_ID and exists (select 1 from cell_change c where c.response_id = response.id);

analyze;
SQL
START=$(date +%s)
run_sql "$WORK/load.sql"
AFTER=$(scalar "select count(*) from cell_change where request_id = $REQUEST_ID")
log "loaded in $(( $(date +%s) - START )) s; the request now has $AFTER changes"

log "restarting on $AFTER changes"
start_app
measure "$WORK/loaded.txt"
stop_app

# ---- 4. the table ----------------------------------------------------------------------------------------
printf '\n%s, %s changes in pacei-2017 (shipped: %s), %s warm-up + %s timed requests per page, load %s\n' \
    "$KIND" "$AFTER" "$BEFORE" "$WARMUP" "$RUNS" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| Page | shipped median | shipped p95 | %s median | %s p95 | ratio of medians |\n' "$N" "$N"
printf '|---|---:|---:|---:|---:|---:|\n'
awk 'NR == FNR { m[$1] = $2; p[$1] = $3; next } { $4 = m[$1]; $5 = p[$1]; print }' \
    "$WORK/loaded.txt" "$WORK/shipped.txt" \
    | awk '{ printf "| `%s` | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.2f× |\n", $1, $2 * 1000, $3 * 1000, $4 * 1000, $5 * 1000, $4 / $2 }'
