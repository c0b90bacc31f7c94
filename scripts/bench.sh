#!/usr/bin/env bash
# Load test of the packaged application against nginx serving the very same bytes from files, in one run.
#
# Starts the packaged app on a fresh embedded database three times: a first start (migrations and the
# example request), a restart with the render cache off (uncached figures) and a restart with it on
# (cached figures, revalidation, API token). Each page is fetched once, its body written to a file that
# Debian's nginx-light serves, and both are loaded with wrk. Prints one table: req/s, p99 and the ratio
# app/nginx per page, then start times and resident memory. The ratio is the figure to compare across
# machines; the absolute rates depend on the machine and on what else runs on it.
#
# Usage: scripts/bench.sh            (DURATION=10s WARMUP=5s WARMUP_ROUNDS=3 WARMUP_MAX_ROUNDS=12
#                                      WARMUP_JIT_PERCENT=3 WARMUP_SETTLE_PERCENT=5 IDLE_WAIT=20 THREADS=2 CONNECTIONS=16 PORT=18601
#                                      NGINX_PORT=18602)
# Needs: a JDK, curl, wrk, nginx (apt-get install -y wrk nginx-light). Builds the jar if it is missing.
set -euo pipefail

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-3}
WARMUP_MAX_ROUNDS=${WARMUP_MAX_ROUNDS:-12}
WARMUP_JIT_PERCENT=${WARMUP_JIT_PERCENT:-3}
WARMUP_SETTLE_PERCENT=${WARMUP_SETTLE_PERCENT:-5}
# seconds after the restart before the idle memory is read, as scripts/start-benchmark.sh waits
IDLE_WAIT=${IDLE_WAIT:-20}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18601}
NGINX_PORT=${NGINX_PORT:-18602}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# the app runs from the repository root, as the README starts it (the class-data archive serves that command)
cd "$ROOT"
APP=${APP:-"target/quarkus-app/quarkus-run.jar"}
# the README start command (scripts/start.sh: its JDK, flags and class archive); with JAVA_OPTS set (empty for the
# JVM defaults), java $JAVA_OPTS -jar $APP instead
# shellcheck disable=SC2206
if [ -z "${JAVA_OPTS+set}" ]; then START=(scripts/start.sh); else START=(java $JAVA_OPTS -jar "$APP"); fi
NGINX=${NGINX:-/usr/sbin/nginx}
WORK=$(mktemp -d)
APP_PID=""
NGINX_PID=""
BASE="http://127.0.0.1:$PORT"
STATIC="http://127.0.0.1:$NGINX_PORT"
ADMIN_PASSWORD=benchmark-only-password
SLUG=pacei-2017

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
    if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in curl wrk "$NGINX" java; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx-light curl)" >&2; exit 1; }
done
if [ ! -f "$APP" ]; then (cd "$ROOT" && ./mvnw -B -q package -DskipTests); fi

now() { date +%s.%N; }

# Starts the app with the given extra environment; records the seconds until the dashboard answers.
start_app() {
    local began
    began=$(now)
    env TRACKER_DATA_DIR="$WORK/data" TRACKER_PUBLIC_READ=true TRACKER_ADMIN_PASSWORD=$ADMIN_PASSWORD \
        TRACKER_SESSION_KEY=benchmark-session-key-0123456789 QUARKUS_HTTP_PORT=$PORT "$@" \
        "${START[@]}" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 1200); do
        if curl -fs -o /dev/null "$BASE/requests/$SLUG"; then
            STARTED=$(echo "$(now) - $began" | bc)
            STARTED_CPU=$(echo "scale=2; $(cpu_ticks) / $(getconf CLK_TCK)" | bc)
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.05
    done
    echo "the application did not start; its log:" >&2
    tail -40 "$WORK/app.log" >&2
    exit 1
}

stop_app() {
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' /proc/"$APP_PID"/status; }

mkdir -p "$WORK/www" && chmod 755 "$WORK" "$WORK/www"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
daemon off;
user root;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    types { text/html html; text/csv csv; application/json json; }
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
CONF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!

ROWS=()
WARMED=()
# bench NAME EXT PATH [curl/wrk header]: saves the body for nginx, warms the app up, then loads both
bench() {
    local name=$1 ext=$2 path=$3 header=${4:-}
    local args=()
    if [ -n "$header" ]; then args=(-H "$header"); fi
    curl -fsS "${args[@]}" -o "$WORK/www/$name.$ext" "$BASE$path"
    chmod 644 "$WORK/www/$name.$ext"
    local bytes app static
    bytes=$(stat -c %s "$WORK/www/$name.$ext")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${args[@]}" "$BASE$path" >/dev/null
    app=$(load "$BASE$path" "${args[@]}")
    static=$(load "$STATIC/$name.$ext")
    ROWS+=("$name|$bytes|$app|$static")
}

# warm_up PATH...: rounds of load over every page of a phase before any is measured, so that the figures are
# those of compiled code rather than of the JIT compiling it. After a start the compiler threads keep compiling
# under load for a minute or more (with the start command's later compilation, CompileThresholdScaling=10, and two
# cores shared with wrk), and every page measured meanwhile pays for them. Code the JIT has compiled once, with the
# profiling of its first tier, runs slower until it is compiled again, and waits for that without the JIT doing
# anything meanwhile: a low JIT share alone does not say the code is warm. So: at least WARMUP_ROUNDS rounds, then
# more until the JIT used at most WARMUP_JIT_PERCENT of the app's CPU in a round and the app's CPU per request fell
# by at most WARMUP_SETTLE_PERCENT from the round before, or WARMUP_MAX_ROUNDS were run. Records how many rounds it
# took, the JIT's share of the last and how much the CPU per request fell in it.
warm_up() {
    local entry round app_before jit_before app_used jit_used share=100 args requests per_request previous=0 fell=100
    for round in $(seq 1 "$WARMUP_MAX_ROUNDS"); do
        app_before=$(cpu_ticks)
        jit_before=$(jit_ticks)
        requests=0
        for entry in "$@"; do
            # an entry is a path, or a path and a header to send with it: "PATH|Header: value"
            args=()
            if [[ "$entry" == *"|"* ]]; then args=(-H "${entry#*|}"); fi
            requests=$(( requests + $(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${args[@]}" "$BASE${entry%%|*}" \
                | awk '/ requests in / {print $1; found = 1} END {if (!found) print 0}') ))
        done
        app_used=$(( $(cpu_ticks) - app_before ))
        jit_used=$(( $(jit_ticks) - jit_before ))
        share=$(( app_used > 0 ? jit_used * 100 / app_used : 0 ))
        # CPU ticks per million requests; how much it fell since the round before, in percent
        per_request=$(( requests > 0 ? app_used * 1000000 / requests : 0 ))
        fell=$(( previous > 0 ? (previous - per_request) * 100 / previous : 100 ))
        previous=$per_request
        if [ "$round" -ge "$WARMUP_ROUNDS" ] && [ "$share" -le "$WARMUP_JIT_PERCENT" ] \
            && [ "$fell" -le "$WARMUP_SETTLE_PERCENT" ]; then break; fi
    done
    WARMED+=("$round rounds (JIT ${share} % of the last, CPU per request ${fell} % lower than the round before)")
}

# jit_ticks: CPU ticks the app's JIT compiler threads used so far (HotSpot names them "C1/C2 CompilerThread…")
jit_ticks() {
    local task total=0
    for task in /proc/"$APP_PID"/task/*; do
        case $(cat "$task/comm" 2>/dev/null) in
            C1\ Compiler*|C2\ Compiler*)
                total=$(( total + $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0) )) ;;
        esac
    done
    echo "$total"
}

cpu_ticks() { if [ -n "$APP_PID" ]; then awk '{print $14 + $15}' /proc/"$APP_PID"/stat; else echo 0; fi; }

# load URL [-H header]: "req/s p99 errors cpu-ms-per-request" from wrk (the CPU is the app's, from /proc)
load() {
    local url=$1; shift
    local out before after
    before=$(cpu_ticks)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$@" "$url")
    after=$(cpu_ticks)
    local rate p99 errors count cpu
    rate=$(echo "$out" | awk '/Requests\/sec/ {printf "%d", $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    count=$(echo "$out" | awk '/requests in/ {print $1}')
    cpu=-
    if [[ "$url" == "$BASE"* ]] && [ "${count:-0}" -gt 0 ]; then
        cpu=$(echo "scale=2; ($after - $before) * 1000 / $(getconf CLK_TCK) / $count" | bc)
    fi
    echo "$rate $p99 ${errors:-0} $cpu"
}

# revalidate NAME PATH: a conditional GET with the ETag the page carries, against nginx's own ETag
revalidate() {
    local name=$1 path=$2
    local etag static_etag
    etag=$(curl -fsSI "$BASE$path" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
    if [ -z "$etag" ]; then ROWS+=("$name|0|n/a|n/a"); return; fi
    static_etag=$(curl -fsSI "$STATIC/matrix.html" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$BASE$path")
    [ "$code" = 304 ] || { echo "expected 304 for $path, got $code" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "If-None-Match: $etag" "$BASE$path" >/dev/null
    ROWS+=("$name|0|$(load "$BASE$path" -H "If-None-Match: $etag")|$(load "$STATIC/matrix.html" -H "If-None-Match: $static_etag")")
}

# A personal API token made through the account page, as a person would; empty if the app has none.
api_token() {
    local jar="$WORK/cookies" csrf page
    curl -fsS -c "$jar" -b "$jar" -o "$WORK/login.html" "$BASE/login"
    csrf=$(grep -o 'name="csrf-token" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"$//')
    curl -sS -c "$jar" -b "$jar" -o /dev/null --data-urlencode "j_username=admin" \
        --data-urlencode "j_password=$ADMIN_PASSWORD" --data-urlencode "csrf-token=$csrf" "$BASE/j_security_check"
    page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/account")
    echo "$page" | grep -q 'action="/account/tokens"' || return 0
    csrf=$(echo "$page" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fsS -c "$jar" -b "$jar" -L --data-urlencode "name=benchmark" --data-urlencode "csrf-token=$csrf" \
        "$BASE/account/tokens" | grep -o 'trk_[A-Za-z0-9_-]*' | head -1
}

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min), $(nproc) cores" >&2
echo "1/3 first start: fresh database, migrations and the example request" >&2
start_app
FIRST_START=$STARTED
FIRST_START_CPU=$STARTED_CPU
stop_app

echo "2/3 restart with the render cache off: uncached pages" >&2
start_app TRACKER_RENDER_CACHE_ENABLED=false
RESTART=$STARTED
RESTART_CPU=$STARTED_CPU
sleep "$IDLE_WAIT"
RSS_IDLE=$(rss_mb)
BASIC="Authorization: Basic $(printf 'admin:%s' "$ADMIN_PASSWORD" | base64 -w0)"
warm_up "/requests/$SLUG/matrix" "/requests/$SLUG/matrix?asOf=2017-07-10" "/requests/$SLUG" \
    "/requests/$SLUG/jurisdictions/NY" "/requests/$SLUG/export/long.csv" "/api/requests/$SLUG/cells|$BASIC"
bench matrix html "/requests/$SLUG/matrix"
bench matrix-asof html "/requests/$SLUG/matrix?asOf=2017-07-10"
bench dashboard html "/requests/$SLUG"
bench jurisdiction html "/requests/$SLUG/jurisdictions/NY"
bench long csv "/requests/$SLUG/export/long.csv"
bench api-cells-basic json "/api/requests/$SLUG/cells" "$BASIC"
stop_app

echo "3/3 restart with the render cache on" >&2
start_app
TOKEN=$(api_token || true)
CACHED_PAGES=("/requests/$SLUG/matrix" "/requests/$SLUG/matrix?asOf=2017-07-10" "/requests/$SLUG"
    "/requests/$SLUG/jurisdictions/NY")
# the token's API read and the revalidation are warmed up with the pages, as the uncached phase warms every row
if [ -n "$TOKEN" ]; then CACHED_PAGES+=("/api/requests/$SLUG/cells|Authorization: Bearer $TOKEN"); fi
MATRIX_ETAG=$(curl -fsSI "$BASE/requests/$SLUG/matrix" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
if [ -n "$MATRIX_ETAG" ]; then CACHED_PAGES+=("/requests/$SLUG/matrix|If-None-Match: $MATRIX_ETAG"); fi
warm_up "${CACHED_PAGES[@]}"
bench matrix-cached html "/requests/$SLUG/matrix"
bench matrix-asof-cached html "/requests/$SLUG/matrix?asOf=2017-07-10"
bench dashboard-cached html "/requests/$SLUG"
bench jurisdiction-cached html "/requests/$SLUG/jurisdictions/NY"
if [ -n "$TOKEN" ]; then
    bench api-cells-token json "/api/requests/$SLUG/cells" "Authorization: Bearer $TOKEN"
else
    ROWS+=("api-cells-token|0|n/a|n/a")
fi
revalidate matrix-304 "/requests/$SLUG/matrix"
RSS_LOADED=$(rss_mb)
stop_app

printf '\n| what | bytes | app req/s | app p99 | app CPU ms/req | nginx req/s | nginx p99 | ratio |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for row in "${ROWS[@]}"; do
    IFS='|' read -r name bytes app static <<<"$row"
    if [ "$app" = n/a ]; then printf '| %s | | n/a | | | | | |\n' "$name"; continue; fi
    read -r arate ap99 aerr acpu <<<"$app"
    read -r srate sp99 serr _ <<<"$static"
    ratio=$(echo "scale=4; $arate / $srate" | bc)
    note=""
    [ "$aerr" != 0 ] && note=" ($aerr non-2xx/3xx)"
    [ "$serr" != 0 ] && note="$note (nginx: $serr non-2xx/3xx)"
    printf '| %s | %s | %s%s | %s | %s | %s | %s | %s |\n' "$name" "$bytes" "$arate" "$note" "$ap99" "$acpu" "$srate" "$sp99" "$ratio"
done
printf '\nfirst start (to the first answered page): %.2f s (%.2f s of CPU); restart: %.2f s (%.2f s of CPU)\n' \
    "$FIRST_START" "$FIRST_START_CPU" "$RESTART" "$RESTART_CPU"
printf 'resident memory: %s MB idle %s s after the restart, %s MB after the load\n' "$RSS_IDLE" "$IDLE_WAIT" "$RSS_LOADED"
printf 'wrk -t%s -c%s -d%s after warming up over all pages of the phase (%s rounds of %s per page at least, until the JIT used at most %s %% of the app'"'"'s CPU in a round and its CPU per request fell by at most %s %%; uncached: %s; cached: %s) and %s more on the page; started with %s; load after the run: %s\n' \
    "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP_ROUNDS" "$WARMUP" "$WARMUP_JIT_PERCENT" "$WARMUP_SETTLE_PERCENT" "${WARMED[0]}" "${WARMED[1]}" \
    "$WARMUP" "${START[*]}" "$(cut -d' ' -f1-3 /proc/loadavg)"
