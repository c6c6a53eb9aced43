#!/bin/sh
# Build step of the examples module (package phase, after the shaded jar): puts the launcher next to
# equality-duty.jar and makes its class data sharing archive equality-duty.jsa (start-up, benchmark B8).
#
# The archive is a static AppCDS archive: the classes one training run of check loads (-XX:DumpLoadedClassList),
# dumped with -Xshare:dump for the jar's path. A static archive, unlike JDK 17's dynamic one
# (-XX:ArchiveClassesAtExit), also holds picocli's classes, which are compiled for Java 5. The archive is an
# optimisation: if it cannot be made or does not match, the build goes on and the launcher runs without it.
# Skip it with -Dequality-duty.cds=false.
#
# Usage: launcher.sh BASEDIR TARGET PLAN CDS
set -u
basedir=$1
target=$(cd -P -- "$2" && pwd -P) || exit 1
plan=$3
cds=$4
jar=$target/equality-duty.jar
jsa=$target/equality-duty.jsa
list=$target/equality-duty.classlist
log=$target/equality-duty.jsa.log

cp "$basedir/src/main/launcher/equality-duty" "$target/equality-duty" && chmod 755 "$target/equality-duty" || exit 1
rm -f "$jsa" "$list" "$log"
[ "$cds" = false ] && exit 0

if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=$(command -v java) || exit 1; fi

warn() {
    echo "[WARNING] no class data sharing archive for the launcher ($1; see $log); it runs without one" >&2
    rm -f "$jsa"
    exit 0
}

EQUALITY_DUTY_OPTS="-XX:DumpLoadedClassList=$list" "$target/equality-duty" check --quiet "$plan" > /dev/null 2>> "$log"
rc=$?
{ [ "$rc" -le 1 ] && [ -s "$list" ]; } || warn "training run exit code $rc"
"$java" -Xshare:dump "-XX:SharedClassListFile=$list" "-XX:SharedArchiveFile=$jsa" -cp "$jar" -Xlog:cds=off \
    -Xlog:cds+dynamic=off >> "$log" 2>&1 || warn "-Xshare:dump failed"
# The archive must match the jar as it is now (a jar rewritten after the dump would make it useless).
EQUALITY_DUTY_OPTS="-Xshare:on" "$target/equality-duty" --version > /dev/null 2>> "$log" \
    || warn "the archive does not match the jar"
exit 0
