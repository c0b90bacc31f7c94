#!/usr/bin/env bash
# Start time and idle memory of the packaged application, started the way the README says.
#
# Each round starts the app on a fresh embedded database (a first start: migrations, the first admin and the
# 2017 example request), then restarts it RESTARTS times on the same data. For each start it prints the wall
# seconds from launch until the dashboard of the example request answers, the CPU seconds the process used until
# then (user + system, from /proc/PID/stat: steadier than wall time on a shared machine), the resident memory
# (VmRSS) IDLE seconds after launch with no load, Quarkus's own "started in" figure and the load average at
# launch; then the median of each figure for first starts and for restarts.
#
# It starts the app from the repository root as the README command does, with scripts/start.sh (which picks the
# JDK, the flags and the class archive); with JAVA_OPTS set (empty for the JVM defaults), with
# `java $JAVA_OPTS -jar $APP` instead, for comparing other flags (JAVA names the java binary, default: java on PATH;
# APP the jar, default: target/quarkus-app/quarkus-run.jar).
#
# Usage: scripts/start-benchmark.sh     (ROUNDS=3 RESTARTS=1 IDLE=20 PORT=18801)
#        JAVA_OPTS='-XX:+UseSerialGC -Xmx256m' scripts/start-benchmark.sh     (other flags)
# Needs: a JDK and curl. Builds the jar (and its class archive) if the jar is missing.
set -euo pipefail

ROUNDS=${ROUNDS:-3}
RESTARTS=${RESTARTS:-1}
IDLE=${IDLE:-20}
PORT=${PORT:-18801}
JAVA=${JAVA:-java}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP=${APP:-target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d)
APP_PID=""
URL="http://127.0.0.1:$PORT/requests/pacei-2017"

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

cd "$ROOT"
for tool in curl "$JAVA"; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }; done
if [ ! -f "$APP" ]; then ./mvnw -B -q package -DskipTests; fi
if curl -fs -o /dev/null "$URL"; then echo "port $PORT is taken; set PORT" >&2; exit 1; fi

now() { date +%s.%N; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' /proc/"$APP_PID"/stat; }
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' /proc/"$APP_PID"/status; }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# start KIND DATA_DIR: one start, one line of figures
start() {
    local kind=$1 data=$2 began load wall cpu rss quarkus log=$WORK/app-$RANDOM.log
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    began=$(now)
    # shellcheck disable=SC2086
    env TRACKER_DATA_DIR="$data" TRACKER_PUBLIC_READ=true TRACKER_ADMIN_PASSWORD=start-benchmark-password \
        TRACKER_SESSION_KEY=start-benchmark-session-key-0123456789 QUARKUS_HTTP_PORT="$PORT" \
        "${command[@]}" >"$log" 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "$URL"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the application did not start; its log:" >&2; tail -40 "$log" >&2; exit 1; fi
        sleep 0.02
    done
    wall=$(echo "$(now) - $began" | bc)
    cpu=$(cpu_seconds)
    sleep "$(echo "$IDLE - $wall" | bc | awk '{ print ($1 > 0 ? $1 : 0) }')"
    rss=$(rss_mb)
    quarkus=$(grep -o 'started in [0-9.]*s' "$log" | grep -o '[0-9.]*' | head -1)
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
    grep -i 'warn\|error' "$log" | grep -v 'SessionKeyCheck' | head -5 >&2 || true
    printf '%-7s %6.2f %6.2f %6s %8s  %s\n' "$kind" "$wall" "$cpu" "$rss" "${quarkus:-?}" "$load" | tee -a "$WORK/results"
}

if [ -z "${JAVA_OPTS+set}" ]; then
    # scripts/start.sh execs java, so $! is the JVM itself
    command=(scripts/start.sh)
    # shellcheck source=lib/jvm.sh
    . scripts/lib/jvm.sh
    used=$(jvm_pick)
    echo "scripts/start.sh: $used $(jvm_flags "$used") $(jvm_archive_flags "$used" "$ROOT/target/quarkus-app" 2>&1)"
else
    # shellcheck disable=SC2206
    command=("$JAVA" $JAVA_OPTS -jar "$APP")
    used=$JAVA
    echo "$JAVA ${JAVA_OPTS:-(JVM defaults)} -jar $APP"
fi
echo "$(nproc) cores; $("$used" -version 2>&1 | head -1)"
printf '%-7s %6s %6s %6s %8s  %s\n' start wall_s cpu_s rss_mb quarkus load_at_launch
for round in $(seq 1 "$ROUNDS"); do
    data=$WORK/data-$round
    start first "$data"
    for _ in $(seq 1 "$RESTARTS"); do start restart "$data"; done
done
echo
for kind in first restart; do
    printf '%-7s median: wall %s s, CPU %s s, idle RSS %s MB (%s starts)\n' "$kind" \
        "$(awk -v k="$kind" '$1 == k { print $2 }' "$WORK/results" | median)" \
        "$(awk -v k="$kind" '$1 == k { print $3 }' "$WORK/results" | median)" \
        "$(awk -v k="$kind" '$1 == k { print $4 }' "$WORK/results" | median)" \
        "$(awk -v k="$kind" '$1 == k' "$WORK/results" | wc -l)"
done
