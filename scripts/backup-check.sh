#!/usr/bin/env bash
# Takes a backup while writes are happening, restores it into a fresh directory (H2) or database (PostgreSQL),
# starts the app on the restored copy and checks that every write acknowledged before the backup started is
# there. H2: POST /api/backups (H2's BACKUP TO) and unzip. PostgreSQL: pg_dump -Fc and pg_restore.
#
# Usage: scripts/backup-check.sh [h2|postgresql|both]   (default both)
#   H2_APP / PG_APP: packaged apps to use (otherwise they are built, which replaces target/quarkus-app);
#   PGHOST / PGPORT / PGUSER: a PostgreSQL server to use (otherwise a throwaway one is started on port 18229).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
FAILED=0
WHICH=${1:-both}
. "$ROOT/scripts/lib/app.sh"
WRITER=""
trap '[ -n "$WRITER" ] && kill "$WRITER" 2>/dev/null; stop_all_apps; stop_throwaway_pg; rm -rf "$WORK"' EXIT
PASSWORD=backup-check-only
AUTH="admin:$PASSWORD"

# writer BASE ACKS: writes cells one after another through the API, appending the change id of each
# acknowledged (200) write to ACKS, until killed.
writer() {
    local base=$1 acks=$2 code key id
    local fields codes
    fields=$(curl -fs -u "$AUTH" "$base/api/requests/pacei-2017" | grep -o '"key":"[a-z0-9_]*"' | cut -d'"' -f4)
    codes="AL AK AZ AR CO DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NC ND OH OK OR"
    for code in $codes; do
        for key in $fields; do
            id=$(curl -fs -u "$AUTH" -X PUT -H 'Content-Type: application/json' \
                -d '{"status":"REVIEWING","effectiveDate":"2017-07-05","sourceTitle":"backup check","version":0}' \
                "$base/api/requests/pacei-2017/cells/$code/$key" | grep -o '"changeId":[0-9]*' | head -n 1 | cut -d: -f2)
            [ -n "$id" ] && echo "$id" >>"$acks"
        done
    done
}

# during_writes BASE NAME COMMAND...: starts the writer, waits for 20 acknowledged writes, notes how many
# were acknowledged, runs COMMAND (the backup), lets 10 more writes happen, stops the writer.
during_writes() {
    local base=$1 name=$2
    shift 2
    : >"$WORK/$name.acks"
    writer "$base" "$WORK/$name.acks" &
    WRITER=$!
    while [ "$(wc -l <"$WORK/$name.acks")" -lt 20 ]; do sleep 0.2; done
    cp "$WORK/$name.acks" "$WORK/$name.before"
    "$@"
    local after
    after=$(( $(wc -l <"$WORK/$name.acks") + 10 ))
    while [ "$(wc -l <"$WORK/$name.acks")" -lt "$after" ] && kill -0 "$WRITER" 2>/dev/null; do sleep 0.2; done
    kill "$WRITER" 2>/dev/null || true
    wait "$WRITER" 2>/dev/null || true
    WRITER=""
    echo "  $(wc -l <"$WORK/$name.before") writes acknowledged before the backup started," \
        "$(wc -l <"$WORK/$name.acks") by the end"
}

# found_after_restore BASE NAME: every change id acknowledged before the backup is in the restored change log.
found_after_restore() {
    curl -fs -u "$AUTH" "$1/api/requests/pacei-2017/changes?user=admin&size=500" \
        | grep -o '"changeId":[0-9]*' | cut -d: -f2 | sort -n >"$WORK/$2.restored"
    local missing
    missing=$(sort -n "$WORK/$2.before" | comm -23 - "$WORK/$2.restored" | wc -l)
    echo "  restored change log holds $(wc -l <"$WORK/$2.restored") of the writes; missing from before the backup: $missing"
    [ "$missing" -eq 0 ]
}

h2_backup() {
    curl -fs -u "$AUTH" -X POST -H 'Content-Type: application/json' -d '{}' \
        http://127.0.0.1:18220/api/backups >"$WORK/h2-backup.json"
}

if [ "$WHICH" = h2 ] || [ "$WHICH" = both ]; then
    echo "H2: backup with POST /api/backups while writing, restore by unzipping into a new data directory"
    H2=$(packaged_app h2)
    start_app h2 "$H2" 18220 TRACKER_DATA_DIR="$WORK/h2-data" TRACKER_ADMIN_PASSWORD=$PASSWORD
    during_writes http://127.0.0.1:18220 h2 h2_backup
    stop_app h2
    ZIP=$(grep -o '"file":"[^"]*"' "$WORK/h2-backup.json" | cut -d'"' -f4)
    check "the backup file exists ($ZIP)" test -s "$ZIP"
    mkdir -p "$WORK/h2-restored"
    (cd "$WORK/h2-restored" && unzip -q "$ZIP")
    start_app h2-restored "$H2" 18221 TRACKER_DATA_DIR="$WORK/h2-restored" TRACKER_ADMIN_PASSWORD=unused
    check "H2: every write acknowledged before the backup is in the restored database" \
        found_after_restore http://127.0.0.1:18221 h2
    stop_app h2-restored
fi

if [ "$WHICH" = postgresql ] || [ "$WHICH" = both ]; then
    echo "PostgreSQL: pg_dump while writing, pg_restore into a new database"
    PG=$(packaged_app postgresql)
    start_throwaway_pg 18229
    pg_create_database "live_$$"
    pg_create_database "restored_$$"
    pg_env() { echo QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" \
        QUARKUS_DATASOURCE_USERNAME=$APP_DB_USER QUARKUS_DATASOURCE_PASSWORD=$APP_DB_PASSWORD; }
    # shellcheck disable=SC2046
    start_app pg "$PG" 18222 $(pg_env "live_$$") TRACKER_ADMIN_PASSWORD=$PASSWORD
    pg_backup() { pg_dump -Fc -f "$WORK/tracker.dump" "live_$$"; }
    during_writes http://127.0.0.1:18222 pg pg_backup
    stop_app pg
    check "pg_dump wrote $(stat -c %s "$WORK/tracker.dump") bytes" test -s "$WORK/tracker.dump"
    pg_restore --no-owner --role="$APP_DB_USER" -d "restored_$$" "$WORK/tracker.dump"
    # shellcheck disable=SC2046
    start_app pg-restored "$PG" 18223 $(pg_env "restored_$$") TRACKER_ADMIN_PASSWORD=unused
    check "PostgreSQL: every write acknowledged before the backup is in the restored database" \
        found_after_restore http://127.0.0.1:18223 pg
    stop_app pg-restored
fi

if [ "$FAILED" -gt 0 ]; then echo "backup check: $FAILED check(s) failed"; exit 1; fi
echo "backup check: passed"
