#!/usr/bin/env bash
# The cost targets' workloads, measured the way the targets are stated: each workload as plain
# code (WorkloadBenchmark), run by JMH once without and once with the maprace agent attached, in
# the same session; prints each ratio and their geometric mean. Then HistoryBenchmark under the
# agent: a critical section, an executor hand-off and a future's completion after 10 and after
# 10,000 threads were started and joined (the scores must not grow).
#
#   bench/workloads.sh [forks]       JMH forks per benchmark, default 2
#   MAPRACE_AGENT=/path/agent.jar bench/workloads.sh    another agent build (to compare two)
#
# JMH's own classes are excluded from instrumentation (they are the harness, not the workload).
# Needs agent and bench built: ./mvnw -o package -pl agent,bench -DskipTests. Offline; results in
# $WORK (printed).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FORKS=${1:-2}
AGENT=${MAPRACE_AGENT:-$(ls "$ROOT"/agent/target/maprace-agent-*.jar | grep -v -e sources -e javadoc -e junit-listener -e original | head -1)}
BENCH="$ROOT/bench/target/benchmarks.jar"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/maprace-workloads.XXXXXX")
JMH=(-f "$FORKS" -wi 3 -i 5 -w 1 -r 1)
WITH_AGENT="-javaagent:$AGENT=output=$WORK/races,excludes=*jmh_generated*:org.openjdk.jmh.*"

[ -f "$BENCH" ] || { echo "missing $BENCH: ./mvnw -o package -pl agent,bench -DskipTests" >&2; exit 1; }

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work dir: $WORK"

java -jar "$BENCH" WorkloadBenchmark "${JMH[@]}" -rf csv -rff "$WORK/plain.csv" > "$WORK/plain.log"
# The agent jar goes first on the class path: benchmarks.jar carries a copy of the agent (for the
# benchmarks that drive its runtime directly), and a -javaagent jar is only appended to the class
# path, so the copy would otherwise be the agent that runs -- whatever agent bench was built with.
java -cp "$AGENT:$BENCH" org.openjdk.jmh.Main WorkloadBenchmark "${JMH[@]}" -rf csv -rff "$WORK/agent.csv" \
    -jvmArgsAppend "$WITH_AGENT" > "$WORK/agent.log"

echo
printf '%-22s %12s %12s %8s\n' workload "plain ns/op" "agent ns/op" ratio
awk -F, 'FNR == 1 { next }
         { gsub(/"/, ""); n = $1; sub(/.*\./, "", n) }
         FILENAME ~ /plain/ { plain[n] = $5; order[++k] = n }
         FILENAME ~ /agent/ { agent[n] = $5 }
         END {
           for (i = 1; i <= k; i++) {
             n = order[i]; r = agent[n] / plain[n]; s += log(r)
             printf "%-22s %12.1f %12.1f %7.2fx\n", n, plain[n], agent[n], r
           }
           printf "%-22s %34.2fx\n", "geometric mean", exp(s / k)
         }' "$WORK/plain.csv" "$WORK/agent.csv"

java -cp "$AGENT:$BENCH" org.openjdk.jmh.Main HistoryBenchmark "${JMH[@]}" -rf csv -rff "$WORK/history.csv" \
    -jvmArgsAppend "$WITH_AGENT" > "$WORK/history.log"
echo
printf '%-22s %14s %14s\n' "with the agent" "10 threads" "10,000 threads"
awk -F, 'FNR == 1 { next }
         { gsub(/"/, ""); n = $1; sub(/.*\./, "", n); v[n, $8 + 0] = sprintf("%.0f +- %.0f", $5, $6); if (!(n in seen)) { seen[n]; order[++k] = n } }
         END { for (i = 1; i <= k; i++) printf "%-22s %14s %14s\n", order[i], v[order[i], 10], v[order[i], 10000] }' "$WORK/history.csv"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
