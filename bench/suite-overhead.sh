#!/usr/bin/env bash
# Whole-suite overhead of the maprace agent, the way users meet it: runs the tests of two sample
# projects with Surefire (`surefire:test`) and under the audit (`maprace:audit`, which runs the same
# Surefire configuration with the agent added; static pass off), alternating, and prints median
# times and the with/without ratios.
#
#   bench/suite-overhead.sh [runs]        runs per variant, default 3
#
# Suites: bench/suites/map-heavy (caches, counters, executors, locks: millions of map calls) and
# bench/suites/few-maps (arrays and strings, a handful of map calls). Needs the plugin and agent
# installed in ~/.m2 (./mvnw install -DskipTests). Everything runs offline (-o). Results: a table on
# stdout and $WORK/results.tsv.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-3}
MVNW="$ROOT/mvnw"
AUDIT=io.github.maprace:maprace-maven-plugin:0.1.0-SNAPSHOT:audit
WORK=$(mktemp -d "${TMPDIR:-/tmp}/maprace-overhead.XXXXXX")

now_ms() { date +%s%3N; }

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

# test time in ms: the sum of the testsuite times Surefire wrote into <dir>/TEST-*.xml
tests_ms() {
  cat "$1"/TEST-*.xml | grep -o '<testsuite [^>]*' | grep -o ' time="[0-9.,]*"' | tr -d ' time=",' \
      | awk '{t += $1} END {printf "%d", t * 1000}'
}

failed() {
  cat "$1"/TEST-*.xml | grep -o '<testsuite [^>]*' | grep -o ' \(failures\|errors\)="[0-9]*"' \
      | grep -o '[0-9]*' | awk '{n += $1} END {print n + 0}'
}

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work dir: $WORK"
printf 'suite\tvariant\trun\twall_ms\ttests_ms\tfailed\n' > "$WORK/results.tsv"

for suite in map-heavy few-maps; do
  dir="$ROOT/bench/suites/$suite"
  "$MVNW" -B -o -q -f "$dir/pom.xml" test-compile
  for run in $(seq 1 "$RUNS"); do
    for variant in plain agent; do
      start=$(now_ms)
      if [[ $variant == plain ]]; then
        "$MVNW" -B -o -q -f "$dir/pom.xml" surefire:test > "$WORK/$suite-$variant-$run.log" 2>&1 || true
        reports="$dir/target/surefire-reports"
      else
        "$MVNW" -B -o -q -f "$dir/pom.xml" "$AUDIT" -Dmaprace.staticAnalysis=false -Dmaprace.failOnRace=false \
            > "$WORK/$suite-$variant-$run.log" 2>&1 || true
        reports="$dir/target/maprace/surefire-reports"
      fi
      wall=$(( $(now_ms) - start ))
      tests=$(tests_ms "$reports")
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$suite" "$variant" "$run" "$wall" "$tests" "$(failed "$reports")" \
          >> "$WORK/results.tsv"
      echo "  $suite $variant run $run: wall ${wall} ms, tests ${tests} ms"
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
echo " wall = the whole Maven command, tests = the testsuite times in Surefire's XML reports)"
for suite in map-heavy few-maps; do
  f="$ROOT/bench/suites/$suite/target/maprace/agent/races.log"
  [[ -f $f ]] && echo "$suite: $(grep -c '^RACE' "$f" || true) race(s) reported in the last audited run"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
