#!/usr/bin/env bash
# Proves that the change-log export streams: loads ROWS extra changes into a fresh embedded database,
# starts the packaged application with a small heap (HEAP, default 64m) and downloads
# /requests/pacei-2017/export/changes.csv, then prints the peak heap after GC, the peak resident memory
# and the size of the file. Usage: scripts/export-benchmark.sh [ROWS] [HEAP]
set -euo pipefail

ROWS=${1:-1000000}
HEAP=${2:-64m}
PORT=${PORT:-18089}
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
    QUARKUS_HTTP_PORT=$PORT java "$@" -jar "$APP" >"$WORK/app.log" 2>&1 &
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
insert into cell_change (response_id, request_id, jurisdiction_code, field_id, old_status, new_status,
                         effective_date, note, source_url, source_title, recorded_at, recorded_by)
select r.id, r.request_id, r.jurisdiction_code, r.field_id, 'NO_RESPONSE', 'REVIEWING', date '2017-07-01',
       'Benchmark change ' || x.x || ', with a comma, "quotes" and =a formula', 'https://example.org/b/' || x.x,
       'Benchmark source', timestamp with time zone '2017-07-02 12:00:00+00', 'benchmark'
  from system_range(1, $ROWS) x
  join response r on r.id = (select min(id) from response) + mod(x.x, 663);
SQL
time java -Xmx1g -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/tracker" \
    -user tracker -password tracker -script "$WORK/load.sql"

echo "3/3 exporting with -Xmx$HEAP"
start_app -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log"
START=$(date +%s.%N)
curl -fsS "http://127.0.0.1:$PORT/requests/pacei-2017/export/changes.csv" -o "$WORK/changes.csv"
END=$(date +%s.%N)
PEAK_RSS=$(grep VmHWM /proc/"$APP_PID"/status | awk '{print $2 / 1024 " MB"}')
stop_app

cp "$WORK/gc.log" "$ROOT/target/export-benchmark-gc.log"
LINES=$(wc -l <"$WORK/changes.csv")
SIZE=$(du -m "$WORK/changes.csv" | cut -f1)
# "Pause Young (Normal) (G1 Evacuation Pause) 30M->12M(64M)": the figure after the arrow is the heap still in use
PEAK_AFTER_GC=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
PEAK_BEFORE_GC=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
if grep -q OutOfMemoryError "$WORK/app.log"; then echo "OutOfMemoryError in the application log" >&2; exit 1; fi
echo "rows in file (with header): $LINES, size: ${SIZE} MB, time: $(echo "$END - $START" | bc) s"
echo "heap limit: $HEAP; peak heap in use before a GC: ${PEAK_BEFORE_GC} MB; peak still in use after a GC: ${PEAK_AFTER_GC} MB"
echo "peak resident memory of the process: $PEAK_RSS"
