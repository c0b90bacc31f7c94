# Shell helpers shared by the operations checks in scripts/: start a packaged app, wait until it is ready, log
# in with a cookie jar, post a form with its CSRF token. Source it; it expects WORK (a temp dir) to be set.

# start_app NAME APP_DIR PORT [VAR=value ...]: starts java -jar APP_DIR/quarkus-run.jar in the background with
# the given environment; its pid goes to $WORK/NAME.pid and its log to $WORK/NAME.log.
start_app() {
    local name=$1 app=$2 port=$3
    shift 3
    env "$@" QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
        java -Xmx256m -jar "$app/quarkus-run.jar" >>"$WORK/$name.log" 2>&1 &
    echo $! >"$WORK/$name.pid"
    wait_ready "$name" "$port"
}

wait_ready() {
    local name=$1 port=$2
    for _ in $(seq 1 150); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return 0
        if ! kill -0 "$(cat "$WORK/$name.pid")" 2>/dev/null; then
            break
        fi
        sleep 0.5
    done
    echo "$name did not become ready on port $port" >&2
    tail -40 "$WORK/$name.log" >&2
    return 1
}

# stop_app NAME: stops the app started under NAME and waits for it to end.
stop_app() {
    local pid
    pid=$(cat "$WORK/$1.pid" 2>/dev/null || true)
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$WORK/$1.pid"
}

stop_all_apps() {
    local f
    for f in "$WORK"/*.pid; do
        [ -e "$f" ] && stop_app "$(basename "$f" .pid)"
    done
    return 0
}

# login JAR BASE USER PASSWORD: logs in through the form, with the login page's CSRF token, as a browser does;
# the session cookie lands in JAR.
login() {
    local jar=$1 base=$2 token
    token=$(csrf_token "$jar" "$base" /login)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf-token=$token" \
        --data-urlencode "j_username=$3" --data-urlencode "j_password=$4" "$base/j_security_check"
    grep -q quarkus-credential "$jar"
}

# csrf_token JAR BASE PAGE: the CSRF token of the first form on PAGE (the cookie half lands in JAR).
csrf_token() {
    curl -s -c "$1" -b "$1" "$2$3" | grep -o 'name="csrf-token" value="[^"]*"' | head -n 1 | cut -d'"' -f4
}

# post_form JAR BASE PAGE ACTION [curl args...]: posts a form found on PAGE to ACTION with its CSRF token;
# prints the HTTP status.
post_form() {
    local jar=$1 base=$2 page=$3 action=$4 token
    shift 4
    token=$(csrf_token "$jar" "$base" "$page")
    curl -s -o "$WORK/last-response.html" -w '%{http_code}' -c "$jar" -b "$jar" \
        --data-urlencode "csrf-token=$token" "$@" "$base$action"
}

# pg_create_database NAME: a new database owned by the app's account on the throwaway server
# (PGHOST, PGPORT, PGUSER for psql; APP_DB_USER owns it).
pg_create_database() {
    psql -q -v ON_ERROR_STOP=1 -c "create database \"$1\" owner \"${APP_DB_USER:-tracker}\"" postgres >/dev/null
}

pass() { printf '  PASS  %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; FAILED=$((FAILED + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# start_throwaway_pg PORT: unless PGPORT is already set, starts a PostgreSQL server of Debian's postgresql
# package in $WORK/pg on PORT with an account "tracker" (password "tracker"), and sets PGHOST, PGPORT, PGUSER.
# stop_throwaway_pg stops it.
start_throwaway_pg() {
    export APP_DB_USER=${APP_DB_USER:-tracker} APP_DB_PASSWORD=${APP_DB_PASSWORD:-tracker}
    if [ -n "${PGPORT:-}" ]; then
        export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
        return 0
    fi
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    mkdir -p "$WORK/pg"
    as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    # mktemp makes WORK private to its owner: the postgres account must be able to reach its own directory
    [ "$(id -u)" = 0 ] && chmod o+x "$WORK" && chown postgres "$WORK/pg"
    as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >/dev/null
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" \
        -o "-p $1 -k $WORK/pg -c listen_addresses=127.0.0.1" -w start >/dev/null
    THROWAWAY_PG="$WORK/pg/data"
    export PGHOST=127.0.0.1 PGPORT=$1 PGUSER=postgres
    psql -q -c "create role $APP_DB_USER login password '$APP_DB_PASSWORD'" postgres
}

stop_throwaway_pg() {
    if [ -n "${THROWAWAY_PG:-}" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG" -m fast stop >/dev/null 2>&1 || true
        THROWAWAY_PG=""
    fi
}

# packaged_app KIND: the directory of a packaged app for KIND (h2 or postgresql). Uses H2_APP / PG_APP when set;
# otherwise builds it with the Maven wrapper and keeps a copy in $WORK (a build replaces target/quarkus-app).
packaged_app() {
    local kind=$1 preset
    if [ "$kind" = h2 ]; then preset=${H2_APP:-}; else preset=${PG_APP:-}; fi
    if [ -n "$preset" ]; then echo "$preset"; return 0; fi
    if [ "$kind" = h2 ]; then
        (cd "$ROOT" && ./mvnw -B -q package -DskipTests >&2)
    else
        (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Ppostgresql >&2)
    fi
    rm -rf "$WORK/app-$kind"
    cp -r "$ROOT/target/quarkus-app" "$WORK/app-$kind"
    echo "$WORK/app-$kind"
}
