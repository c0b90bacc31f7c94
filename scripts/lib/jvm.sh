# The JDK and JVM flags the packaged app starts with, shared by scripts/start.sh (which starts it) and
# scripts/appcds-archive.sh (which, during `./mvnw package`, makes the class archive that start reads), so that
# both pick the same JDK and the archive serves the start. Source it; it sets nothing until a function is called.
#
# The JDK: START_JAVA (a java binary) if set; otherwise a JDK 25 or newer if there is one — JAVA_HOME's if it is new
# enough, else the newest under the standard JVM directories or on PATH — since JDK 25's ahead-of-time cache (JEP
# 483, 514, 515: classes loaded and linked, method profiles) starts the app fastest; otherwise the default one
# (JAVA_HOME's, else `java` on PATH) with a class-data archive (AppCDS), as JDK 17 offers.
#
# The archive lives beside the jar: app.aot (JDK 25+) or app-cds.jsa (older), and a stamp naming the JDK that made
# it (start.jdk). A start whose JDK is not the one in the stamp, or finds no archive, starts without it — slower,
# never failing.

# jvm_version JAVA: the feature version (17, 25, ...) of a java binary, 0 if it cannot tell
jvm_version() {
    local java=$1 home version=""
    home=$(jvm_home "$java")
    if [ -f "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    fi
    if [ -z "$version" ]; then
        version=$("$java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
    fi
    echo "${version:-0}"
}

# jvm_home JAVA: the JDK directory of a java binary (links resolved)
jvm_home() {
    local real
    real=$(command -v "$1" || echo "$1")
    real=$(readlink -f "$real" 2>/dev/null || echo "$real")
    dirname "$(dirname "$real")"
}

# jvm_pick: prints the java binary to start the app with
jvm_pick() {
    if [ -n "${START_JAVA:-}" ]; then echo "$START_JAVA"; return; fi
    local default="" best="" best_version=0 candidate version
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        default=$JAVA_HOME/bin/java
        if [ "$(jvm_version "$default")" -ge 25 ]; then echo "$default"; return; fi
    fi
    [ -n "$default" ] || default=$(command -v java || true)
    for candidate in "$default" /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        version=$(jvm_version "$candidate")
        if [ "$version" -ge 25 ] && [ "$version" -gt "$best_version" ]; then best=$candidate; best_version=$version; fi
    done
    echo "${best:-${default:-java}}"
}

# jvm_stamp JAVA: what identifies a JDK for the archive (its directory and its release file)
jvm_stamp() {
    local home
    home=$(jvm_home "$1")
    echo "$home $(cksum <"$home/release" 2>/dev/null || "$1" -version 2>&1 | tr '\n' ' ')"
}

# jvm_archive JAVA APP_DIR: the archive file for that JDK
jvm_archive() {
    if [ "$(jvm_version "$1")" -ge 25 ]; then echo "$2/app.aot"; else echo "$2/app-cds.jsa"; fi
}

# jvm_flags JAVA: the flags every start uses, the archive's training run too: a small heap with the serial
# collector, later compilation (a method is compiled after ten times as many calls and loops as by default: what a
# start and a light load run a few thousand times stays interpreted, and under load the hot code is compiled all the
# same; less compiled code is less memory, docs/performance.md), freed native memory handed back every 5 s (ignored
# by a JDK that does not know the flag)
jvm_flags() {
    echo "-XX:+UseSerialGC -Xms16m -Xmx256m -XX:CompileThresholdScaling=10" \
        "-XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000"
}

# jvm_archive_flags JAVA APP_DIR: the flags that read the archive, if it is there and made by this JDK
jvm_archive_flags() {
    local java=$1 dir=$2 archive
    archive=$(jvm_archive "$java" "$dir")
    if [ ! -s "$archive" ]; then
        echo "[start] no class archive for this JDK ($archive): starting without it (./mvnw package makes it)" >&2
        return
    fi
    if [ "$(cat "$dir/start.jdk" 2>/dev/null)" != "$(jvm_stamp "$java")" ]; then
        echo "[start] $archive was made with another JDK: starting without it (./mvnw package makes it again)" >&2
        return
    fi
    if [ "$(jvm_version "$java")" -ge 25 ]; then
        # the JDK warns about the odd entry it could not cache; an unusable cache is still reported, as an error
        echo "-XX:AOTCache=$archive -Xlog:aot*=error"
    else
        echo "-XX:SharedArchiveFile=$archive"
    fi
}
