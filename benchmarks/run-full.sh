#!/usr/bin/env bash
# The full benchmark run, B1-B8, on a quiet machine: one command, about 30 minutes on 2 cores.
#
#   bash benchmarks/run-full.sh            # from the repository root
#
# It builds the benchmarks and the command-line launcher (no tests), records the machine's load and JDK, runs the
# same-answer checks, the heap probes and every JMH benchmark with the full settings (JMH's JSON goes to
# benchmarks/target/jmh-results/), runs B8's paired start-up rounds, then writes benchmarks/RESULTS.md from those
# files. `java -jar benchmarks/target/benchmarks.jar --report-only` writes RESULTS.md again from the same files.
#
# Time estimate (2 cores, quiet; forks x (fork start and setup + warm-up + measurement) per benchmark method):
#   checks and heap probes (B1 at 10,000,000 records, B6 at 1,000,000 rows)        ~  2 min
#   B1  13 methods x 3 forks x (~8 s setup + 3 x 2 s + 5 x 2 s)                        ~ 16 min
#   B2   5 methods x 2 forks x (~2 s + 4 x 1 s + 8 x 1 s)                              ~  2.5 min
#   B3   4 methods x 2 forks x (~3 s + 10 x 1 s + 8 x 1 s)                             ~  3 min
#   B5   2 methods x 2 sizes x 2 forks x (~1 s + 3 x 2 s + 6 x 2 s)                   ~  2.5 min
#   B6   2 methods x 2 forks x (~8 s writing the file + 3 x 2 s + 6 x 2 s)            ~  1.5 min
#   B7   3 methods x 2 forks x (~5 s + 4 x 1 s + 8 x 1 s)                              ~  1.5 min
#   B8   30 paired rounds + 3 warm-up of 3 commands                                     ~  1.5 min
#   total                                                                               ~ 30 min
# Stop anything else running first: the load average before and after is recorded in RESULTS.md, and a loaded
# machine makes the intervals wide (the report then says "interval wider than the distance to the target").
set -euo pipefail
cd "$(dirname "$0")/.."

results=benchmarks/target/jmh-results
echo "load average before the build: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
mvn -B -ntp -q -pl benchmarks,examples -am package -DskipTests -Dfuzz.skip=true -Djacoco.skip=true

mkdir -p "$results"
rm -f "$results"/B*.json "$results/context.json" "$results/b8.txt"
java -jar benchmarks/target/benchmarks.jar --full --results "$results" --output benchmarks/RESULTS.md
java -cp benchmarks/target/benchmarks.jar org.equalityduty.benchmarks.B8Startup --rounds 30 --warmup 3 \
    | tee "$results/b8.txt"
java -jar benchmarks/target/benchmarks.jar --report-only --results "$results" --output benchmarks/RESULTS.md
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrote benchmarks/RESULTS.md"
