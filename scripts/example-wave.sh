#!/usr/bin/env bash
# Sets up the example wave of docs/new-request.md on a running tracker, from the files in docs/examples/,
# through the same forms an admin uses (login, request form, field upload, coverage, the communications and
# cell imports with their preview and apply, the litigation form), and prints how many HTTP requests it took.
#
#   TRACKER_ADMIN_PASSWORD=… scripts/example-wave.sh http://localhost:8080 [SLUG] [ADMIN_USER]
#
# SLUG defaults to the documented doj-2025. Stops at the first answer that is not what the form gives on success.
set -euo pipefail

BASE=${1:?usage: example-wave.sh BASE_URL [SLUG] [ADMIN_USER]}
SLUG=${2:-doj-2025}
USER_NAME=${3:-admin}
PASSWORD=${TRACKER_ADMIN_PASSWORD:?set TRACKER_ADMIN_PASSWORD to the admin password}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EX="$ROOT/docs/examples"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"
GETS=0
POSTS=0
START=$(date +%s.%N)

page() { # page PATH: fetches a page into $WORK/page.html and sets token to its first form's CSRF token
    GETS=$((GETS + 1))
    curl -fsS -c "$JAR" -b "$JAR" -o "$WORK/page.html" "$BASE$1"
    token=$(grep -o 'name="csrf-token" value="[^"]*"' "$WORK/page.html" | head -n 1 | cut -d'"' -f4)
}

post() { # post EXPECTED_STATUS ACTION curl-args...: one form post or upload; the answer lands in $WORK/answer.html
    local expected=$1 action=$2 status
    shift 2
    POSTS=$((POSTS + 1))
    status=$(curl -sS -c "$JAR" -b "$JAR" -o "$WORK/answer.html" -w '%{http_code}' "$@" "$BASE$action")
    if [ "$status" != "$expected" ]; then
        echo "POST $action answered $status, expected $expected:" >&2
        sed -e 's/<[^>]*>/ /g' "$WORK/answer.html" | tr -s ' \n' | grep -i -m 5 -e error -e problem -e line >&2 || true
        exit 1
    fi
}

value_of() { # value_of NAME: the value of the hidden input NAME in the last answer
    grep -o "name=\"$1\" value=\"[^\"]*\"" "$WORK/answer.html" | head -n 1 | cut -d'"' -f4
}

# log in
page /login
post 302 /j_security_check --data-urlencode "csrf-token=$token" --data-urlencode "j_username=$USER_NAME" \
    --data-urlencode "j_password=$PASSWORD"

# 1. the request, with the values listed in docs/examples/request.md
page /admin/requests/new
form=(--data-urlencode "csrf-token=$token")
while IFS= read -r line; do
    name=$(printf '%s' "$line" | sed -E 's/^- `([A-Za-z]+)`:.*/\1/')
    value=$(printf '%s' "$line" | sed -E 's/^- `[A-Za-z]+`:[ ]*//; s/^`//; s/`$//')
    [ "$name" = slug ] && value=$SLUG
    form+=(--data-urlencode "$name=$value")
done < <(grep -E '^- `[A-Za-z]+`:' "$EX/request.md")
post 303 /admin/requests "${form[@]}"

# 2. fields
page "/admin/requests/$SLUG/fields"
post 303 "/admin/requests/$SLUG/fields/upload" -F "csrf-token=$token" -F "file=@$EX/fields.csv;type=text/csv"

# 3. coverage: remove the jurisdictions the file does not list (one post), then the dates (preview, apply)
page "/admin/requests/$SLUG/coverage"
kept=$(tail -n +2 "$EX/coverage.csv" | cut -d, -f1 | tr -d '\r')
remove=(--data-urlencode "csrf-token=$token")
for code in $(sed -n '/<select id="remove"/,/<\/select>/p' "$WORK/page.html" | grep -o 'option value="[A-Z]*"' | cut -d'"' -f2); do
    printf '%s\n' "$kept" | grep -qx "$code" || remove+=(--data-urlencode "code=$code")
done
post 303 "/admin/requests/$SLUG/coverage/remove" "${remove[@]}"
post 200 "/admin/requests/$SLUG/coverage/upload" -F "csrf-token=$token" -F "file=@$EX/coverage.csv;type=text/csv"
post 303 "/admin/requests/$SLUG/coverage/apply" --data-urlencode "csrf-token=$token" --data-urlencode "csv@$EX/coverage.csv"

# 4. communications (preview, apply)
page "/requests/$SLUG/communications/import"
post 200 "/requests/$SLUG/communications/import" -F "csrf-token=$token" -F "file=@$EX/communications.csv;type=text/csv"
post 303 "/requests/$SLUG/communications/import/apply" --data-urlencode "csrf-token=$token" \
    --data-urlencode "sha256=$(value_of sha256)"

# 5. cells (preview, apply)
page "/requests/$SLUG/import"
post 200 "/requests/$SLUG/import" -F "csrf-token=$token" -F "file=@$EX/cells.csv;type=text/csv"
post 303 "/requests/$SLUG/import/apply" --data-urlencode "csrf-token=$token" --data-urlencode "sha256=$(value_of sha256)"

# 6. litigation: the table of docs/new-request.md, one form post per row
while IFS='|' read -r _ code status day court source note _; do
    trim() { printf '%s' "$1" | sed -E 's/^ +//; s/ +$//'; }
    code=$(trim "$code")
    page "/requests/$SLUG/jurisdictions/$code/litigation"
    post 303 "/requests/$SLUG/jurisdictions/$code/litigation" --data-urlencode "csrf-token=$token" \
        --data-urlencode "status=$(trim "$status")" --data-urlencode "effectiveDate=$(trim "$day")" \
        --data-urlencode "court=$(trim "$court")" --data-urlencode "sourceTitle=$(trim "$source")" \
        --data-urlencode "note=$(trim "$note")"
done < <(grep -E '^\| [A-Z]{2} \| [A-Z_]+ \| [0-9]{4}-' "$ROOT/docs/new-request.md")

END=$(date +%s.%N)
printf 'Set up %s at %s: %d form posts and uploads (login included), %d page loads, %d HTTP requests in %.1f s\n' \
    "$SLUG" "$BASE" "$POSTS" "$GETS" $((POSTS + GETS)) "$(echo "$END - $START" | bc)"
printf 'Dashboard: %s/requests/%s\n' "$BASE" "$SLUG"
