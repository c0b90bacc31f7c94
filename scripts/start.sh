#!/usr/bin/env bash
# Starts the packaged application (target/quarkus-app, made by `./mvnw package`) the fast and small way: with a
# JDK 25 or newer if the machine has one (JAVA_HOME, the standard JVM directories, PATH) and the ahead-of-time cache
# that `package` made with it, otherwise with the default JDK and its class-data archive; a small heap with the
# serial collector. Arguments go to the application (e.g. `copy-to`); JAVA_OPTS adds JVM flags; START_JAVA names the
# java binary to use. The JDK and flags are chosen in scripts/lib/jvm.sh. Without a usable archive the app starts
# all the same, only slower.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/jvm.sh
. "$ROOT/scripts/lib/jvm.sh"
APP_DIR=$ROOT/target/quarkus-app
if [ ! -f "$APP_DIR/quarkus-run.jar" ]; then
    echo "$APP_DIR/quarkus-run.jar is missing: build it first with ./mvnw -B package -DskipTests" >&2
    exit 1
fi
JAVA=$(jvm_pick)
# shellcheck disable=SC2046,SC2086
exec "$JAVA" $(jvm_flags "$JAVA") $(jvm_archive_flags "$JAVA" "$APP_DIR") ${JAVA_OPTS:-} -jar "$APP_DIR/quarkus-run.jar" "$@"
