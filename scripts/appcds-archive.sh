#!/usr/bin/env bash
# Makes the class archive that scripts/start.sh (the README start command) reads, beside the jar in
# target/quarkus-app, for the JDK that start.sh will use (scripts/lib/jvm.sh picks it the same way for both):
#
# - with a JDK 25 or newer, the ahead-of-time cache app.aot (-XX:AOTCacheOutput, JEP 483/514/515): the classes
#   loaded and linked, and the method profiles of the training run;
# - with an older JDK (17), the class-data archive app-cds.jsa (-XX:ArchiveClassesAtExit).
#
# Run by `./mvnw package` (exec-maven-plugin, after Quarkus has built the jar) from the repository root; with the
# argument `true` (-Dappcds.skip=true, and the PostgreSQL build) it only removes an archive left by an earlier
# build. The training starts the packaged app twice on a throwaway database, with the flags of every start: a first
# start (migrations, the first admin and the example request), not recorded, and then a restart, recorded, that
# answers the first page and stops; the JVM writes the archive as it exits. A restart is what the archive serves
# most often, and recording one leaves out what only a first start loads (the migrations run, the example data
# read): a smaller archive, and less memory for every start (about 3 MB, docs/performance.md). start.jdk records
# the JDK that made it: a start with another JDK, or after the jar is rebuilt without a new archive, goes without it
# (slower, never failing).
#
# Never fails the build: if the training start does not work, it says so and leaves no archive.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 0
# shellcheck source=lib/jvm.sh
. "$ROOT/scripts/lib/jvm.sh"
APP_DIR=$ROOT/target/quarkus-app
APP=$APP_DIR/quarkus-run.jar
LOG=target/app-cds-training.log
TIMEOUT=${APPCDS_TIMEOUT:-600}

rm -f "$APP_DIR/app.aot" "$APP_DIR/app.aot.config" "$APP_DIR/app-cds.jsa" "$APP_DIR/start.jdk"
if [ "${1:-false}" = true ]; then echo "[app-cds] skipped: no class archive for this build"; exit 0; fi
JAVA=$(jvm_pick)
ARCHIVE=$(jvm_archive "$JAVA" "$APP_DIR")
give_up() { echo "[app-cds] no archive written: $*; the app starts without it (see $LOG)" >&2; rm -f "$ARCHIVE" "$ARCHIVE.config"; exit 0; }
[ -f "$APP" ] || give_up "$APP is missing"
command -v curl >/dev/null || give_up "curl is missing"
if [ "$(jvm_version "$JAVA")" -ge 25 ]; then
    RECORD="-XX:AOTCacheOutput=$ARCHIVE"
else
    RECORD="-XX:ArchiveClassesAtExit=$ARCHIVE"
fi

WORK=$(mktemp -d)
PID=""
cleanup() {
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID" 2>/dev/null; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

began=$(date +%s)

# train_start [FLAGS...]: starts the app on the throwaway database with the flags of every start and these, and
# waits until it answers the first page (PID, PORT)
train_start() {
    # the port is read from the log: no log of an earlier start may answer first
    rm -f "$LOG"
    # QUARKUS_HTTP_PORT=0: a free port, read back from the log
    # shellcheck disable=SC2046,SC2086
    env TRACKER_DATA_DIR="$WORK/data" TRACKER_PUBLIC_READ=true TRACKER_WEBHOOKS_DISPATCHER=false \
        TRACKER_ADMIN_PASSWORD="archive-training-$PASSWORD" TRACKER_SESSION_KEY="archive-training-key-$PASSWORD" \
        QUARKUS_HTTP_PORT=0 QUARKUS_HTTP_HOST=127.0.0.1 \
        "$JAVA" $(jvm_flags "$JAVA") "$@" -jar "$APP" >"$LOG" 2>&1 &
    PID=$!
    PORT=""
    until [ -n "$PORT" ]; do
        kill -0 "$PID" 2>/dev/null || { PID=""; give_up "the training start stopped"; }
        [ $(($(date +%s) - began)) -lt "$TIMEOUT" ] || give_up "the training took more than $TIMEOUT s"
        PORT=$(grep -so 'Listening on: http://127.0.0.1:[0-9]*' "$LOG" | head -1 | grep -o '[0-9]*$')
        [ -n "$PORT" ] || sleep 0.2
    done
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/requests/pacei-2017" || give_up "the first page did not answer"
}

# train_stop: stops the app and waits for it to exit (a recording JVM writes the archive meanwhile)
train_stop() {
    kill -TERM "$PID"
    until ! kill -0 "$PID" 2>/dev/null; do
        [ $(($(date +%s) - began)) -lt "$TIMEOUT" ] || give_up "the training took more than $TIMEOUT s"
        sleep 0.2
    done
    wait "$PID" 2>/dev/null
    PID=""
}

PASSWORD="$RANDOM$RANDOM$RANDOM$RANDOM"
train_start
train_stop
# the restart is recorded: the JVM writes the archive as it exits (JDK 25: a second JVM assembles the cache from
# the recorded run)
train_start $RECORD
train_stop
[ -s "$ARCHIVE" ] || give_up "the JVM wrote no archive"
rm -f "$ARCHIVE.config"
jvm_stamp "$JAVA" >"$APP_DIR/start.jdk"
echo "[app-cds] $ARCHIVE written ($(($(stat -c %s "$ARCHIVE") / 1048576)) MB, $(($(date +%s) - began)) s)" \
    "with $JAVA (JDK $(jvm_version "$JAVA")) for scripts/start.sh"
