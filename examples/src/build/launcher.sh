#!/bin/sh
# Build step of the examples module (package phase, after the shaded jar): puts the launcher next to
# equality-duty.jar and makes the class data sharing archive equality-duty.jsa from one training run of check
# (JDK 13+ dynamic archive, -XX:ArchiveClassesAtExit). The archive is an optimisation: if it cannot be made, the
# build goes on and the launcher runs without it. Skip it with -Dequality-duty.cds=false.
#
# Usage: launcher.sh BASEDIR TARGET PLAN CDS
set -u
basedir=$1
target=$2
plan=$3
cds=$4

cp "$basedir/src/main/launcher/equality-duty" "$target/equality-duty" && chmod 755 "$target/equality-duty" || exit 1
rm -f "$target/equality-duty.jsa"
[ "$cds" = false ] && exit 0

EQUALITY_DUTY_OPTS="-XX:ArchiveClassesAtExit=$target/equality-duty.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
    "$target/equality-duty" check --quiet "$plan" > /dev/null 2> "$target/equality-duty.jsa.log"
rc=$?
if [ "$rc" -gt 1 ] || [ ! -s "$target/equality-duty.jsa" ]; then
    echo "[WARNING] no class data sharing archive (training run exit code $rc, see $target/equality-duty.jsa.log);" \
        "the launcher runs without it" >&2
    rm -f "$target/equality-duty.jsa"
    exit 0
fi
# The archive must match the jar as it is now (a jar rewritten after the training run would make it useless).
if ! EQUALITY_DUTY_OPTS="-Xshare:on" "$target/equality-duty" --version > /dev/null 2>> "$target/equality-duty.jsa.log"; then
    echo "[WARNING] the class data sharing archive does not match the jar (see $target/equality-duty.jsa.log);" \
        "the launcher runs without it" >&2
    rm -f "$target/equality-duty.jsa"
fi
exit 0
