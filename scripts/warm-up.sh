#!/usr/bin/env bash
# How fast one page gets cheaper while the JIT compilers warm up: starts the packaged app with scripts/start.sh on
# a throwaway database (a first start, stopped, then the restart that is measured), loads one page with wrk in
# WINDOWS windows of WINDOW each, without a pause, and prints the app's CPU milliseconds per page in each window
# (user + system from /proc/PID/stat, so the compilers' threads count too). JAVA_OPTS and START_JAVA reach
# start.sh, to compare flags or JDKs; the render cache is off, so every page is rendered afresh.
#
# Usage: scripts/warm-up.sh [PATH]     (PATH default /requests/pacei-2017; WINDOWS=12 WINDOW=5s THREADS=2
#                                       CONNECTIONS=16 PORT=18611)
#        JAVA_OPTS=-XX:AOTMode=off scripts/warm-up.sh /requests/pacei-2017/matrix
# Needs: a JDK, curl, wrk. Builds the jar (and its class archive) if the jar is missing.
set -euo pipefail

PAGE=${1:-/requests/pacei-2017}
WINDOWS=${WINDOWS:-12}
WINDOW=${WINDOW:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18611}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
APP_PID=""

for tool in curl wrk; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk curl)" >&2; exit 1; }
done
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
cd "$ROOT"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

# start: launches the app on the throwaway database, waits for the page to answer
start() {
    TRACKER_DATA_DIR="$WORK/data" TRACKER_PUBLIC_READ=true TRACKER_RENDER_CACHE_ENABLED=false \
        TRACKER_ADMIN_PASSWORD="warm-up-$RANDOM$RANDOM$RANDOM" \
        TRACKER_SESSION_KEY="warm-up-key-$RANDOM$RANDOM$RANDOM$RANDOM" QUARKUS_HTTP_PORT="$PORT" \
        scripts/start.sh >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT$PAGE" && return
        kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "the app did not answer $PAGE" >&2
    exit 1
}
cpu() { awk '{printf "%d", $14 + $15}' "/proc/$APP_PID/stat"; }

start
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
start
echo "CPU ms per page of $PAGE, in windows of $WINDOW of wrk -t$THREADS -c$CONNECTIONS from the restart on" \
    "(JAVA_OPTS: ${JAVA_OPTS:-none}):"
for _ in $(seq 1 "$WINDOWS"); do
    before=$(cpu)
    pages=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WINDOW" "http://127.0.0.1:$PORT$PAGE" | awk '/requests in/ {print $1}')
    after=$(cpu)
    # /proc counts CPU in hundredths of a second
    printf '%s ' "$(awk -v t="$((after - before))" -v n="$pages" 'BEGIN {printf "%.2f", t * 10 / n}')"
done
echo
