#!/usr/bin/env bash
# Moves a tracker from its embedded H2 file to PostgreSQL with the copy-to command and shows that nothing is lost:
# it builds history on the H2 app (cell changes, a backdated one, a timeline entry and its revision, a
# verification stamp, a new account), saves every export of every request (wide, long, changes and timeline CSV)
# and the API's change log and timeline, stops the app, copies the file to an empty PostgreSQL database, starts
# the PostgreSQL build on it and compares everything byte for byte. It also checks that the new account can log
# in (its password hash moved), that the dashboard is served, and that a second copy-to is refused.
#
# Usage: scripts/move-check.sh
#   H2_APP / PG_APP: packaged apps to use (otherwise both are built, which replaces target/quarkus-app);
#   PGHOST / PGPORT / PGUSER: a PostgreSQL server to use (otherwise a throwaway one is started on port 18219).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
FAILED=0
. "$ROOT/scripts/lib/app.sh"
trap 'stop_all_apps; stop_throwaway_pg; rm -rf "$WORK"' EXIT

H2=$(packaged_app h2)
PG=$(packaged_app postgresql)
start_throwaway_pg 18219
DB="moved_$$"
pg_create_database "$DB"
TARGET="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
PASSWORD=move-check-only
AUTH="admin:$PASSWORD"

echo "Starting the H2 app on a new data directory and building history"
start_app h2 "$H2" 18210 TRACKER_DATA_DIR="$WORK/data" TRACKER_ADMIN_PASSWORD=$PASSWORD
BASE=http://127.0.0.1:18210
API="$BASE/api/requests/pacei-2017"
put_cell() { # CODE FIELD JSON
    curl -fs -o /dev/null -u "$AUTH" -X PUT -H 'Content-Type: application/json' -d "$3" "$API/cells/$1/$2"
}
put_cell TX full_name '{"status":"REVIEWING","effectiveDate":"2017-07-01","sourceTitle":"move check","sourceUrl":"https://example.org/tx","version":0}'
put_cell TX full_name '{"status":"REFUSED","effectiveDate":"2017-07-02","note":"Ünïcode “quotes”, commas, =formula","sourceTitle":"move check","version":1}'
put_cell OH full_name '{"status":"PROVIDED","effectiveDate":"2017-07-03","sourceTitle":"move check","version":0}'
put_cell OH full_name '{"status":"REVIEWING","effectiveDate":"2017-06-30","sourceTitle":"backdated","version":1}'
curl -fs -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' -X POST "$API/timeline" \
    -d '{"kind":"STATEMENT","occurredOn":"2017-07-02","jurisdiction":"TX","speaker":"A. Speaker","quote":"We will review it.","summary":"Texas reviews","sourceTitle":"move check"}'
JAR="$WORK/admin.jar"
login "$JAR" "$BASE" admin $PASSWORD
code=$(post_form "$JAR" "$BASE" /admin/accounts /admin/accounts -d username=desk-editor -d role=editor \
    --data-urlencode "password=a long desk password")
check "an account was created on H2 (303: $code)" [ "$code" = 303 ]
code=$(post_form "$JAR" "$BASE" /requests/pacei-2017/jurisdictions/TX/edit /requests/pacei-2017/jurisdictions/TX/verify)
check "Texas was stamped verified on H2 (303: $code)" [ "$code" = 303 ]

save_everything() { # DIR BASE
    mkdir -p "$1"
    local slugs slug
    slugs=$(curl -fs -u "$AUTH" "$2/api/requests" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4)
    for slug in $slugs; do
        for kind in wide long changes timeline; do
            curl -fs -u "$AUTH" -b "$JAR" "$2/requests/$slug/export/$kind.csv" >"$1/$slug-$kind.csv"
        done
        curl -fs -u "$AUTH" "$2/api/requests/$slug/changes?size=500" >"$1/$slug-changes.json"
        curl -fs -u "$AUTH" "$2/api/requests/$slug/timeline" >"$1/$slug-timeline.json"
        curl -fs -u "$AUTH" "$2/api/requests/$slug/cells" >"$1/$slug-cells.json"
    done
    curl -fs -u "$AUTH" "$2/api/requests" >"$1/requests.json"
}
save_everything "$WORK/before" "$BASE"
stop_app h2

echo "Copying the H2 file to the empty PostgreSQL database $DB"
set +e
TRACKER_DATA_DIR="$WORK/data" TRACKER_COPY_USER=$APP_DB_USER TRACKER_COPY_PASSWORD=$APP_DB_PASSWORD \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=0 QUARKUS_LOG_LEVEL=WARN \
    java -jar "$H2/quarkus-run.jar" copy-to "$TARGET" | tee "$WORK/copy.txt"
copied=${PIPESTATUS[0]}
TRACKER_DATA_DIR="$WORK/data" TRACKER_COPY_USER=$APP_DB_USER TRACKER_COPY_PASSWORD=$APP_DB_PASSWORD \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=0 QUARKUS_LOG_LEVEL=WARN \
    java -jar "$H2/quarkus-run.jar" copy-to "$TARGET" >"$WORK/again.txt"
again=$?
set -e
check "copy-to verified every table (exit $copied)" [ "$copied" = 0 ]
check "a second copy-to into the now non-empty database is refused (exit $again)" \
    grep -q "not empty" "$WORK/again.txt"

echo "Starting the PostgreSQL build on the copy"
start_app pg "$PG" 18211 QUARKUS_DATASOURCE_JDBC_URL="$TARGET" QUARKUS_DATASOURCE_USERNAME=$APP_DB_USER \
    QUARKUS_DATASOURCE_PASSWORD=$APP_DB_PASSWORD TRACKER_ADMIN_PASSWORD=not-used-accounts-exist
BASE=http://127.0.0.1:18211
rm -f "$JAR"
login "$JAR" "$BASE" admin $PASSWORD
save_everything "$WORK/after" "$BASE"
for file in "$WORK"/before/*; do
    name=$(basename "$file")
    check "$name is identical after the move ($(wc -c <"$file") bytes)" cmp -s "$file" "$WORK/after/$name"
done
check "the change log has the backdated change and the Unicode note" \
    grep -q 'backdated' "$WORK/after/pacei-2017-changes.json"
check "the account created on H2 logs in on PostgreSQL" login "$WORK/desk.jar" "$BASE" desk-editor "a long desk password"
status=$(curl -s -o "$WORK/dashboard.html" -w '%{http_code}' -b "$JAR" "$BASE/")
check "the PostgreSQL app serves the dashboard (HTTP $status)" grep -q 'Presidential Advisory Commission' "$WORK/dashboard.html"
check "the Texas verification stamp moved" grep -q '"verifiedAt":"20' "$WORK/after/pacei-2017-cells.json"

if [ "$FAILED" -gt 0 ]; then echo "move check: $FAILED check(s) failed"; exit 1; fi
echo "move check: passed"
