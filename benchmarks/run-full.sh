#!/usr/bin/env bash
# The full benchmark run, B1-B8, on a quiet machine: one command, about 34 minutes on 2 cores.
#
#   bash benchmarks/run-full.sh            # from the repository root
#   bash benchmarks/run-full.sh --only B3,B7,B8   # some benchmarks: the others keep their last results
#
# It builds the benchmarks and the command-line launcher (no tests), records the machine's load and JDK, runs the
# same-answer checks, the heap probes and every JMH benchmark with the full settings (JMH's JSON goes to
# benchmarks/target/jmh-results/), runs B8's paired start-up rounds, then writes benchmarks/RESULTS.md from those
# files. `java -jar benchmarks/target/benchmarks.jar --report-only` writes RESULTS.md again from the same files.
# With --only, only the named benchmarks run (B8 only if named) and only their results are replaced; RESULTS.md
# shows each benchmark with the date, mode and load of the run that measured it.
#
# Time estimate (2 cores, quiet; forks x (fork start and setup + warm-up + measurement) per benchmark method):
#   checks and heap probes (B1 at 10,000,000 records, B6 at 1,000,000 rows)        ~  2 min
#   B1   5 target methods x 5 forks x (~8 s setup + 3 x 2 s + 5 x 2 s)                ~ 10 min
#        8 other methods x 2 forks x (~8 s setup + 2 x 2 s + 4 x 2 s)                  ~  5.5 min
#   B2   5 methods x 2 forks x (~2 s + 4 x 1 s + 8 x 1 s)                              ~  2.5 min
#   B3   4 methods x 5 forks x (~3 s + 10 x 1 s + 8 x 1 s)                             ~  7 min
#   B5   2 methods x 2 sizes x 2 forks x (~1 s + 3 x 2 s + 6 x 2 s)                   ~  2.5 min
#   B6   2 methods x 2 forks x (~8 s writing the file + 3 x 2 s + 6 x 2 s)            ~  1.5 min
#   B7   3 methods x 2 forks x (~5 s + 4 x 1 s + 8 x 1 s)                              ~  1.5 min
#   B8   30 paired rounds + 3 warm-up of 3 commands                                     ~  1.5 min
#   total                                                                               ~ 34 min
# Stop anything else running first: the load average before and after is recorded in RESULTS.md, and a loaded
# machine makes the intervals wide (the report then says "interval wider than the distance to the target").
set -euo pipefail
cd "$(dirname "$0")/.."

results=benchmarks/target/jmh-results
only=""
while [ $# -gt 0 ]; do
    case "$1" in
        --only)
            [ $# -ge 2 ] || { echo "run-full.sh: --only needs a list such as B3,B7,B8" >&2; exit 2; }
            only=$(echo "$2" | tr '[:lower:]' '[:upper:]' | tr -d ' ')
            shift 2 ;;
        *) echo "run-full.sh: unknown argument $1; usage: run-full.sh [--only B1,B7,B8]" >&2; exit 2 ;;
    esac
done
# B8 is this script's (B8Startup); the rest go to the runner, which checks the names before anything runs.
run_b8=yes
jmh_only=""
if [ -n "$only" ]; then
    run_b8=no
    for b in ${only//,/ }; do
        if [ "$b" = B8 ]; then run_b8=yes; else jmh_only="${jmh_only:+$jmh_only,}$b"; fi
    done
fi
echo "load average before the build: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
mvn -B -ntp -q -pl benchmarks,examples -am package -DskipTests -Dfuzz.skip=true -Djacoco.skip=true

mkdir -p "$results"
if [ -z "$only" ]; then
    rm -f "$results"/B*.json "$results/context.json" "$results/b8.txt"
    java -jar benchmarks/target/benchmarks.jar --full --results "$results" --output benchmarks/RESULTS.md
elif [ -n "$jmh_only" ]; then
    java -jar benchmarks/target/benchmarks.jar --full --only "$jmh_only" --results "$results" \
        --output benchmarks/RESULTS.md
fi
if [ "$run_b8" = yes ]; then
    java -cp benchmarks/target/benchmarks.jar org.equalityduty.benchmarks.B8Startup --rounds 30 --warmup 3 \
        > "$results/b8.txt.new"
    mv "$results/b8.txt.new" "$results/b8.txt"
    cat "$results/b8.txt"
fi
java -jar benchmarks/target/benchmarks.jar --report-only --results "$results" --output benchmarks/RESULTS.md
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrote benchmarks/RESULTS.md"
