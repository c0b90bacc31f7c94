#!/usr/bin/env bash
# Runs the bad-input catalogue (PackagedAppCatalogueTest) against the packaged app, on H2 in a throwaway data
# directory and readable without an account (as in the test profile), then counts the lines with ERROR in the
# app's log: the count must be 0. No TRACKER_SESSION_KEY is set, to show that no key is printed either.
#   scripts/catalogue-against-jar.sh            (builds the jar first when there is none)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${CATALOGUE_PORT:-18412}
PASSWORD='catalogue-admin-password'
WORK=$(mktemp -d)
LOG="$WORK/app.log"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

TRACKER_DATA_DIR="$WORK/data" TRACKER_ADMIN_PASSWORD="$PASSWORD" TRACKER_PUBLIC_READ=true \
  QUARKUS_HTTP_PORT="$PORT" java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP=$!
stop() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done

status=0
./mvnw -B -o test -Dtest=PackagedAppCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcatalogue.url="http://127.0.0.1:$PORT" -Dcatalogue.admin-password="$PASSWORD" || status=$?
stop
trap - EXIT

errors=$(grep -c ERROR "$LOG" || true)
keys=$(grep -ci "temporary key" "$LOG" || true)
echo "App log: $LOG ($(wc -l <"$LOG") lines)"
echo "grep -c ERROR of the app's log: $errors"
echo "lines printing a session key: $keys"
[ "$status" -eq 0 ] && [ "$errors" -eq 0 ] && [ "$keys" -eq 0 ]
