#!/usr/bin/env bash
# Whole-suite overhead of the maprace agent: runs the tests of two sample projects with the same
# launcher (the agent's JUnit Platform TestLauncher, the fork the plugin starts) with and without
# -javaagent, alternating, and prints median wall times and the with/without ratios.
#
#   bench/suite-overhead.sh [runs]        runs per variant, default 3
#   MVN_TOO=1 bench/suite-overhead.sh     also times `mvn test` (Surefire) once per suite
#
# Suites: bench/suites/map-heavy (caches, counters, executors, locks: millions of map calls) and
# bench/suites/few-maps (arrays and strings, a handful of map calls). Needs the agent jar; builds it
# when missing. Everything runs offline (-o). Results: a table on stdout and $WORK/results.tsv.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-3}
MVNW="$ROOT/mvnw"
AGENT_JAR="$ROOT/agent/target/maprace-agent-0.1.0-SNAPSHOT.jar"
LAUNCHER=io.github.maprace.agent.launcher.TestLauncher
JAVA=${JAVA:-java}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/maprace-overhead.XXXXXX")

if [[ ! -f "$AGENT_JAR" ]]; then
  "$MVNW" -B -o -q -f "$ROOT/pom.xml" -pl agent -am package -DskipTests
fi
# a private copy, so a rebuild of the agent while this runs cannot change what is measured
cp "$AGENT_JAR" "$WORK/agent.jar"

now_ms() { date +%s%3N; }

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

# summary_field <tests.log> <field>
summary_field() {
  grep '^SUMMARY' "$1" | tr '\t' '\n' | sed -n "s/^$2=//p"
}

echo "machine: $(nproc) cores, $(uname -sr), $("$JAVA" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work dir: $WORK"
printf 'suite\tvariant\trun\twall_ms\ttests_ms\tfailed\n' > "$WORK/results.tsv"

for suite in map-heavy few-maps; do
  dir="$ROOT/bench/suites/$suite"
  "$MVNW" -B -o -q -f "$dir/pom.xml" test-compile dependency:build-classpath \
      -Dmdep.outputFile="$WORK/$suite.cp" -Dmdep.includeScope=test
  cp="$WORK/agent.jar:$dir/target/test-classes:$dir/target/classes:$(cat "$WORK/$suite.cp")"

  if [[ "${MVN_TOO:-0}" == 1 ]]; then
    start=$(now_ms)
    "$MVNW" -B -o -q -f "$dir/pom.xml" surefire:test > "$WORK/$suite-surefire.log" 2>&1 || true
    printf '%s\tsurefire\t1\t%s\t\t\n' "$suite" $(( $(now_ms) - start )) >> "$WORK/results.tsv"
  fi

  for run in $(seq 1 "$RUNS"); do
    for variant in plain agent; do
      out="$WORK/$suite-$variant-$run"
      mkdir -p "$out"
      agent_arg=()
      if [[ $variant == agent ]]; then
        agent_arg=("-javaagent:$WORK/agent.jar=output=$out")
      fi
      start=$(now_ms)
      (cd "$dir" && "$JAVA" "${agent_arg[@]}" -cp "$cp" "$LAUNCHER" --output "$out" \
          --classes "$dir/target/test-classes") > "$out/console.log" 2>&1
      wall=$(( $(now_ms) - start ))
      tests=$(summary_field "$out/tests.log" millis)
      failed=$(summary_field "$out/tests.log" failed)
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$suite" "$variant" "$run" "$wall" "$tests" "$failed" >> "$WORK/results.tsv"
      echo "  $suite $variant run $run: wall ${wall} ms, tests ${tests} ms, failed ${failed}"
    done
  done
done

echo
printf '%-10s %12s %12s %9s %9s %12s %12s %9s %9s\n' suite plain_wall agent_wall ratio paired plain_tests agent_tests ratio paired
for suite in map-heavy few-maps; do
  col() { awk -F'\t' -v s="$suite" -v v="$1" -v c="$2" '$1==s && $2==v {print $c}' "$WORK/results.tsv" | median; }
  # ratio of each agent run to the plain run just before it (same machine load), then the median
  paired() {
    awk -F'\t' -v s="$suite" -v c="$1" '$1==s && $2=="plain" {p[$3]=$c} $1==s && $2=="agent" {print $c / p[$3]}' \
        "$WORK/results.tsv" | median
  }
  pw=$(col plain 4); aw=$(col agent 4); pt=$(col plain 5); at=$(col agent 5)
  printf '%-10s %9s ms %9s ms %8.2fx %8.2fx %9s ms %9s ms %8.2fx %8.2fx\n' "$suite" "$pw" "$aw" \
      "$(echo "$aw / $pw" | bc -l)" "$(paired 4)" "$pt" "$at" "$(echo "$at / $pt" | bc -l)" "$(paired 5)"
done
echo "(medians of $RUNS runs; paired = median of each agent run over the plain run before it;"
echo " wall = JVM start to exit, tests = the launcher's SUMMARY millis)"
for suite in map-heavy few-maps; do
  for f in "$WORK/$suite"-agent-*/races.log; do
    [[ -f $f ]] && echo "$suite: $(grep -c '^RACE' "$f" || true) race(s) reported in $(basename "$(dirname "$f")")"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
