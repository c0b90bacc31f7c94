#!/usr/bin/env bash
# Checks that an acknowledged write survives the process being killed: starts the packaged application on a
# fresh embedded database, writes N cells one by one through the API (each answered 200), kills the process
# with SIGKILL right after the last answer, starts it again and counts the changes that are there.
# Usage: scripts/crash-check.sh [N]
set -euo pipefail

N=${1:-20}
PORT=${PORT:-18090}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP="$ROOT/target/quarkus-app/quarkus-run.jar"
WORK=$(mktemp -d)
APP_PID=""
AUTH="admin:crash-check-only"
BASE="http://127.0.0.1:$PORT/api/requests/pacei-2017"
trap '[ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

[ -f "$APP" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)

start_app() {
    TRACKER_DATA_DIR="$WORK/data" TRACKER_ADMIN_PASSWORD=crash-check-only QUARKUS_HTTP_PORT=$PORT \
        java -jar "$APP" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "the application did not start" >&2; tail -30 "$WORK/app.log" >&2; exit 1
}

start_app
FIELDS=$(curl -fs -u "$AUTH" "http://127.0.0.1:$PORT/api/requests/pacei-2017" | grep -o '"key":"[a-z0-9_]*"' | cut -d'"' -f4)
CODES="AL AK AZ AR CO DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NC"
written=0
for code in $CODES; do
    for key in $FIELDS; do
        [ "$written" -ge "$N" ] && break 2
        curl -fs -o /dev/null -u "$AUTH" -X PUT -H 'Content-Type: application/json' \
            -d '{"status":"REVIEWING","effectiveDate":"2017-07-05","sourceTitle":"crash check","version":0}' "$BASE/cells/$code/$key"
        written=$((written + 1))
    done
done
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
start_app
FOUND=$(curl -fs -u "$AUTH" "$BASE/changes?user=admin&size=500" | grep -o '"changeId"' | wc -l)
echo "acknowledged writes before SIGKILL: $written; changes found after restart: $FOUND"
[ "$FOUND" -eq "$written" ]
