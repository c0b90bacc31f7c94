#!/usr/bin/env bash
# Measures the integration outputs on the packaged application: loads ROWS extra changes (default 200000) into a
# fresh embedded database, starts the app with a small heap (HEAP, default 96m), then downloads the data package
# (which streams the change log into its zip), the map as SVG, the embeds, the feeds and the OpenAPI document,
# printing the time and size of each (the best of 3) and the peak resident memory. The zip is checked to hold
# every change. The loaded changes form one change set, so the feeds' newest entry lists thousands of changes.
# Usage: scripts/integrations-benchmark.sh [ROWS] [HEAP]
set -euo pipefail

ROWS=${1:-200000}
HEAP=${2:-96m}
PORT=${PORT:-18091}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP="$ROOT/target/quarkus-app/quarkus-run.jar"
WORK=$(mktemp -d)
APP_PID=""

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -f "$APP" ]; then
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi
H2_JAR=$(ls "$ROOT"/target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)

start_app() {
    TRACKER_DATA_DIR="$WORK/data" TRACKER_PUBLIC_READ=true TRACKER_ADMIN_PASSWORD=benchmark-only \
    TRACKER_EMBED_FRAME_ANCESTORS=https://news.example.org QUARKUS_HTTP_PORT=$PORT \
    java "$@" -jar "$APP" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 120); do
        if curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then return 0; fi
        sleep 1
    done
    echo "the application did not start; see its log:" >&2
    tail -50 "$WORK/app.log" >&2
    exit 1
}

stop_app() {
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

echo "1/3 creating the schema and the example request"
start_app -Xmx256m
stop_app

echo "2/3 loading $ROWS changes"
cat >"$WORK/load.sql" <<SQL
insert into change_set (request_id, recorded_at, recorded_by, method, summary)
select id, timestamp with time zone '2017-07-02 12:00:00+00', 'benchmark', 'IMPORT', 'Benchmark changes'
  from data_request where slug = 'pacei-2017';
insert into cell_change (response_id, request_id, jurisdiction_code, field_id, change_set_id, old_status, new_status,
                         effective_date, note, source_url, source_title, recorded_at, recorded_by)
select r.id, r.request_id, r.jurisdiction_code, r.field_id, (select max(id) from change_set), 'NO_RESPONSE',
       'REVIEWING', date '2017-07-01', 'Benchmark change ' || x.x || ', with a comma and =a formula',
       'https://example.org/b/' || x.x, 'Benchmark source', timestamp with time zone '2017-07-02 12:00:00+00', 'benchmark'
  from system_range(1, $ROWS) x
  join response r on r.id = (select min(id) from response) + mod(x.x, 663);
SQL
java -Xmx1g -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/tracker" \
    -user tracker -password tracker -script "$WORK/load.sql"

echo "3/3 downloading with -Xmx$HEAP"
start_app -Xmx"$HEAP"
B="http://127.0.0.1:$PORT"
measure() {
    local best=""
    for _ in 1 2 3; do
        local line
        line=$(curl -fsS -o "$WORK/out" -w '%{time_total} %{size_download}' "$B$1")
        local t=${line% *}
        if [ -z "$best" ] || [ "$(echo "$t < ${best% *}" | bc)" = 1 ]; then best=$line; fi
    done
    printf '%-62s %8.3f s %12d bytes\n' "$1" "${best% *}" "${best#* }"
}
measure /requests/pacei-2017/export/datapackage.zip
(cd "$WORK" && rm -rf pkg && mkdir pkg && cd pkg && unzip -q ../out)
CHANGE_LINES=$(($(wc -l <"$WORK/pkg/changes.csv") - 1))
measure /requests/pacei-2017/map.svg
measure /embed/requests/pacei-2017/map
measure /embed/requests/pacei-2017/matrix
measure /requests/pacei-2017/jurisdictions/NY/changes.atom
measure /requests/pacei-2017/fields/ssn_last4/changes.atom
measure "/q/openapi?format=json"
PEAK_RSS=$(grep VmHWM /proc/"$APP_PID"/status | awk '{print $2 / 1024 " MB"}')
stop_app
if grep -q OutOfMemoryError "$WORK/app.log"; then echo "OutOfMemoryError in the application log" >&2; exit 1; fi
if [ "$CHANGE_LINES" -lt "$ROWS" ]; then echo "the package's changes.csv lost rows: $CHANGE_LINES" >&2; exit 1; fi
echo "changes in the package's changes.csv: $CHANGE_LINES ($ROWS loaded here, the rest from the example)"
echo "peak resident memory of the process (heap limit $HEAP): $PEAK_RSS"
