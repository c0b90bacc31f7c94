#!/usr/bin/env bash
# Two instances of the PostgreSQL build on one database behind nginx (Debian's nginx-light) terminating TLS on
# loopback, with one shared TRACKER_SESSION_KEY. Through the proxy it shows: a login on one instance works on
# the other; two editors saving the same cell on different instances get one save and one conflict page; an
# import previewed on one instance applies on the other; failed logins count across both instances; /q/metrics
# answers on an instance with the product's counters but not through the proxy.
#
# Usage: scripts/two-instances.sh
#   PG_APP: the packaged PostgreSQL build (otherwise it is built, which replaces target/quarkus-app);
#   PGHOST / PGPORT / PGUSER: a PostgreSQL server to use (otherwise a throwaway one is started on port 18249);
#   KNOWN_GAPS: names of checks (shared-preview, shared-throttle) that are reported but do not fail the run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
FAILED=0
KNOWN=0
. "$ROOT/scripts/lib/app.sh"
stop_nginx() { [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -f "$WORK/nginx.pid"; }
trap 'stop_nginx; stop_all_apps; stop_throwaway_pg; rm -rf "$WORK"' EXIT
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is needed (apt-get install nginx-light)" >&2; exit 1; }

# gap NAME WHAT COMMAND...: like check, but a failure of a check named in KNOWN_GAPS is reported, not counted.
gap() {
    local name=$1 what=$2
    shift 2
    if "$@"; then pass "$what"
    elif [[ " ${KNOWN_GAPS:-} " == *" $name "* ]]; then
        printf '  KNOWN GAP (%s)  %s\n' "$name" "$what"; KNOWN=$((KNOWN + 1))
    else fail "$what"
    fi
}

PG=$(packaged_app postgresql)
start_throwaway_pg 18249
DB="shared_$$"
pg_create_database "$DB"
PASSWORD=two-instance-check
APP_ENV=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME=$APP_DB_USER
    QUARKUS_DATASOURCE_PASSWORD=$APP_DB_PASSWORD TRACKER_ADMIN_PASSWORD=$PASSWORD
    TRACKER_SESSION_KEY=one-key-shared-by-both-instances TRACKER_BASE_URL=https://127.0.0.1:18245)
echo "Starting instance A (it migrates and loads the example) and then instance B on the same database"
start_app a "$PG" 18241 "${APP_ENV[@]}"
start_app b "$PG" 18242 "${APP_ENV[@]}"

echo "Starting nginx with TLS on 127.0.0.1:18243 (to A), :18244 (to B) and :18245 (to both, round robin)"
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -keyout "$WORK/nginx/key.pem" -out "$WORK/nginx/cert.pem" 2>/dev/null
USER_LINE=""
[ "$(id -u)" = 0 ] && USER_LINE="user root;"
proxy_server() { # PORT UPSTREAM
    cat <<CONF
    server {
        listen 127.0.0.1:$1 ssl;
        ssl_certificate $WORK/nginx/cert.pem;
        ssl_certificate_key $WORK/nginx/key.pem;
        location / { proxy_pass http://$2; }
        location /q/metrics { return 404; }
    }
CONF
}
cat >"$WORK/nginx/nginx.conf" <<CONF
$USER_LINE
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 256; }
http {
    access_log $WORK/nginx/logs/access.log;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    client_max_body_size 10m;
    upstream a { server 127.0.0.1:18241; }
    upstream b { server 127.0.0.1:18242; }
    upstream both { server 127.0.0.1:18241; server 127.0.0.1:18242; }
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-Host \$http_host;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_set_header X-Forwarded-For \$remote_addr;
$(proxy_server 18243 a)
$(proxy_server 18244 b)
$(proxy_server 18245 both)
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
A=https://127.0.0.1:18243
B=https://127.0.0.1:18244
BOTH=https://127.0.0.1:18245
CURL_OPTS=(-k)
curl() { command curl "${CURL_OPTS[@]}" "$@"; }

echo "Checks"
# 1. a login on one instance works on the other
JAR="$WORK/admin.jar"
login "$JAR" "$A" admin $PASSWORD
check "the login cookie from behind the TLS proxy is Secure" grep -q 'TRUE.*quarkus-credential' \
    <(awk '$6 == "quarkus-credential" { print $4, $6 }' "$JAR")
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$B/admin/accounts")
check "a login on instance A is honoured by instance B (/admin/accounts on B: $status)" [ "$status" = 200 ]
code=$(post_form "$JAR" "$B" /admin/accounts /admin/accounts -d username=desk-one -d role=editor \
    --data-urlencode "password=desk one password")
check "a form posted on B with the session and CSRF token from A's login works ($code)" [ "$code" = 303 ]
post_form "$JAR" "$A" /admin/accounts /admin/accounts -d username=desk-two -d role=editor \
    --data-urlencode "password=desk two password" >/dev/null
feed=$(curl -s -b "$JAR" "$BOTH/requests/pacei-2017/changes.atom")
check "absolute links in the feed use the proxy's https address" grep -q "https://127.0.0.1:18245/requests/pacei-2017" <<<"$feed"

# 2. two editors on different instances save the same cell: one saved, one conflict page
login "$WORK/one.jar" "$A" desk-one "desk one password"
login "$WORK/two.jar" "$B" desk-two "desk two password"
CELL=/requests/pacei-2017/cells/WY/full_name
version_of() { curl -s -b "$1" "$2$CELL" | grep -o 'name="version" value="[0-9]*"' | head -n 1 | grep -o '[0-9][0-9]*'; }
v1=$(version_of "$WORK/one.jar" "$A")
v2=$(version_of "$WORK/two.jar" "$B")
cell_form() { # JAR BASE VERSION STATUS
    post_form "$1" "$2" "$CELL" "$CELL" -d "version=$3" -d "status=$4" -d effectiveDate=2017-07-05 \
        -d sourceTitle="two instances" -d sourceUrl=https://example.org/wy
}
first=$(cell_form "$WORK/one.jar" "$A" "$v1" PROVIDED)
second=$(cell_form "$WORK/two.jar" "$B" "$v2" REFUSED)
check "the first editor's save on A is accepted ($first) and the second on B gets the conflict page ($second)" \
    [ "$first/$second" = 303/409 ]
check "the conflict page shows theirs beside yours" grep -q "saved by someone else after you opened the form" \
    "$WORK/last-response.html"
saved=$(curl -s -u "admin:$PASSWORD" "$A/api/requests/pacei-2017/cells/WY/full_name")
check "one winner: the cell holds the first save" grep -q '"status":"PROVIDED"' <<<"$saved"

# 3. an import previewed on A applies on B
printf 'request,jurisdiction,field,status,effective_date,note,source_url,source_title\r\npacei-2017,WV,full_name,WILL_PROVIDE,2017-07-06,imported across instances,https://example.org/wv,Letter\r\n' >"$WORK/import.csv"
token=$(csrf_token "$WORK/one.jar" "$A" /requests/pacei-2017/import)
curl -s -o "$WORK/preview.html" -b "$WORK/one.jar" -c "$WORK/one.jar" -F "csrf-token=$token" \
    -F "file=@$WORK/import.csv;type=text/csv" "$A/requests/pacei-2017/import"
sha=$(grep -o 'name="sha256" value="[^"]*"' "$WORK/preview.html" | head -n 1 | cut -d'"' -f4 || true)
check "the import preview on A offers to apply the file" [ -n "$sha" ]
applied=$(post_form "$WORK/one.jar" "$B" /requests/pacei-2017/import /requests/pacei-2017/import/apply -d "sha256=$sha")
gap shared-preview "the preview made on A is applied on B ($applied)" [ "$applied" = 303 ]

# 4. metrics: on the instance, with the product's counters; not through the proxy
metrics=$(command curl -s http://127.0.0.1:18241/q/metrics)
check "/q/metrics on instance A counts the recorded changes" \
    grep -Eq '^tracker_changes_recorded_total(\{[^}]*\})? [1-9]' <<<"$metrics"
status=$(curl -s -o /dev/null -w '%{http_code}' "$BOTH/q/metrics")
check "/q/metrics is not served through the proxy ($status)" [ "$status" = 404 ]

# 5. failed logins count across both instances (last: it throttles the address too)
for base in "$A" "$B" "$A" "$B" "$A"; do
    rm -f "$WORK/wrong.jar"
    login "$WORK/wrong.jar" "$base" desk-two wrong || true
done
rm -f "$WORK/late.jar"
login "$WORK/late.jar" "$B" desk-two "desk two password" && late=accepted || late=refused
gap shared-throttle "after five failures spread over A and B, the right password is refused on B ($late)" \
    [ "$late" = refused ]

echo
[ "$KNOWN" -gt 0 ] && echo "two instances: $KNOWN known gap(s) reported (state still kept in one instance's memory)"
if [ "$FAILED" -gt 0 ]; then echo "two instances: $FAILED check(s) failed"; exit 1; fi
echo "two instances: passed"
