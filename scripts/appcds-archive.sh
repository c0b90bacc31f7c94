#!/usr/bin/env bash
# Writes target/quarkus-app/app-cds.jsa, the class-data archive the README start command reads
# (-XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa), so that a start reads some 11,000 classes already
# parsed, verified and linked instead of loading them from the jars.
#
# Run by `./mvnw package` (exec-maven-plugin, after Quarkus has built the jar) from the repository root; with
# the argument `true` (-Dappcds.skip=true, and the PostgreSQL build) it only removes an archive left by an earlier
# build. It starts the packaged app once on a throwaway database with
# -XX:ArchiveClassesAtExit (a first start: migrations, the first admin and the example request), asks for the
# first page, and stops it; the JVM writes the archive as it exits. The archive records the class path as it was
# given, so it serves exactly `java ... -jar target/quarkus-app/quarkus-run.jar` run from the repository root,
# with the same JDK. Anywhere else (another directory, another JDK, a rebuilt jar) the JVM prints one warning
# and starts without it; without the file it starts without it silently.
#
# Never fails the build: if the training start does not work, it says so and leaves no archive.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 0
APP=target/quarkus-app/quarkus-run.jar
ARCHIVE=target/quarkus-app/app-cds.jsa
LOG=target/app-cds-training.log
# the heap flags of the README start command; the archive holds no heap objects, so other flags still work
JAVA_FLAGS=${APPCDS_JAVA_FLAGS:-"-XX:+UseSerialGC -Xms16m -Xmx256m"}
TIMEOUT=${APPCDS_TIMEOUT:-300}

rm -f "$ARCHIVE"
if [ "${1:-false}" = true ]; then echo "[app-cds] skipped: no class-data archive for this build"; exit 0; fi
give_up() { echo "[app-cds] no archive written: $*; the app starts without it (see $LOG)" >&2; rm -f "$ARCHIVE"; exit 0; }
[ -f "$APP" ] || give_up "$APP is missing"
command -v curl >/dev/null || give_up "curl is missing"

WORK=$(mktemp -d)
PID=""
cleanup() {
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID" 2>/dev/null; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

began=$(date +%s)
# QUARKUS_HTTP_PORT=0: a free port, read back from the log
# shellcheck disable=SC2086
env TRACKER_DATA_DIR="$WORK/data" TRACKER_PUBLIC_READ=true TRACKER_WEBHOOKS_DISPATCHER=false \
    TRACKER_ADMIN_PASSWORD="archive-training-$RANDOM$RANDOM$RANDOM" \
    TRACKER_SESSION_KEY="archive-training-key-$RANDOM$RANDOM$RANDOM$RANDOM" \
    QUARKUS_HTTP_PORT=0 QUARKUS_HTTP_HOST=127.0.0.1 \
    java $JAVA_FLAGS -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$APP" >"$LOG" 2>&1 &
PID=$!

port=""
until [ -n "$port" ]; do
    kill -0 "$PID" 2>/dev/null || { PID=""; give_up "the training start stopped"; }
    [ $(($(date +%s) - began)) -lt "$TIMEOUT" ] || give_up "the training start took more than $TIMEOUT s"
    port=$(grep -o 'Listening on: http://127.0.0.1:[0-9]*' "$LOG" | head -1 | grep -o '[0-9]*$')
    [ -n "$port" ] || sleep 0.2
done
curl -fs -o /dev/null "http://127.0.0.1:$port/requests/pacei-2017" || give_up "the first page did not answer"

kill -TERM "$PID"
until ! kill -0 "$PID" 2>/dev/null; do
    [ $(($(date +%s) - began)) -lt "$TIMEOUT" ] || give_up "writing the archive took more than $TIMEOUT s"
    sleep 0.2
done
wait "$PID" 2>/dev/null
PID=""
[ -s "$ARCHIVE" ] || give_up "the JVM wrote no archive"
echo "[app-cds] $ARCHIVE written ($(($(stat -c %s "$ARCHIVE") / 1048576)) MB, $(($(date +%s) - began)) s)" \
    "for: java ... -XX:SharedArchiveFile=$ARCHIVE -jar $APP"
