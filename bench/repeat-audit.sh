#!/usr/bin/env bash
# Audits one Maven project N times without and N times with perturbation and says, for every
# finding, in how many runs of each it was reported; also the audited test run's time of each run.
# The measurements behind the "Perturbation" and "Stable results" sections of
# src/site/markdown/dynamic.md.
#
#   bench/repeat-audit.sh <project dir> [runs (default 10)] [extra Maven args...]
#
#   MODES="plain perturbed"   which series to run (default both)
#   MVN=...                   the Maven command (default: this repository's ./mvnw -B -ntp -o)
#   REPORT_ONLY=1             tabulate the runs kept from the last invocation, run nothing
#
# The plugin must be installed (./mvnw -B -o install -DskipTests). Each run is
# "test-compile maprace:audit" with failOnRace/failOnSeverity off (a pom that sets them itself may
# still fail the build: only a missing report stops the script);
# target/maprace of each run is kept under <project>/target/repeat-audit/<mode>-<n>/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROJECT=$(cd "${1:?usage: repeat-audit.sh <project dir> [runs] [maven args...]}" && pwd)
RUNS=${2:-10}
shift $(( $# < 2 ? $# : 2 ))
MODES=${MODES:-plain perturbed}
read -r -a MVN <<< "${MVN:-$ROOT/mvnw -B -ntp -o}"
OUT="$PROJECT/target/repeat-audit"
if [ "${REPORT_ONLY:-0}" != 1 ]; then
  rm -rf "$OUT"
  mkdir -p "$OUT"

  for mode in $MODES; do
    args=()
    [ "$mode" = perturbed ] && args=(-Dmaprace.perturb=true)
    for n in $(seq 1 "$RUNS"); do
      log="$OUT/$mode-$n.log"
      rm -rf "$PROJECT/target/maprace"
      # a pom that configures failOnRace itself still fails the build: the report is what counts
      "${MVN[@]}" -f "$PROJECT/pom.xml" test-compile io.github.maprace:maprace-maven-plugin:0.1.0-SNAPSHOT:audit \
          -Dmaprace.failOnRace=false -Dmaprace.failOnSeverity=none "${args[@]}" "$@" > "$log" 2>&1 || true
      [ -f "$PROJECT/target/maprace/maprace.xml" ] || { echo "run $mode-$n wrote no report, see $log" >&2; exit 1; }
      cp -r "$PROJECT/target/maprace" "$OUT/$mode-$n"
      printf '%s %2d: %s\n' "$mode" "$n" "$(grep -o 'audited test run took [0-9.]* s' "$log" || echo '?')"
    done
  done
fi

python3 - "$OUT" "$RUNS" $MODES <<'PY'
import sys, os, re, statistics, xml.etree.ElementTree as ET
out, runs, modes = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
seen, times = {}, {}
for mode in modes:
    times[mode] = []
    for n in range(1, runs + 1):
        root = ET.parse(os.path.join(out, f"{mode}-{n}", "maprace.xml")).getroot()
        for f in root.iter("finding"):
            if f.get("origin") != "dynamic":
                continue
            # a finding is its rule and every line it names, unordered: which access of a race ran
            # second (locations[0]) is the threads' order in that run, not a different finding
            lines = sorted({f"{l.get('uri')}:{l.get('line')}" for l in [f.find("location")] + f.findall("related/location")})
            key = (f.get("rule"), lines[0], " ".join(lines[1:]))
            seen.setdefault(key, {m: 0 for m in modes})[mode] += 1
        m = re.search(r"audited test run took ([0-9.]+) s", open(os.path.join(out, f"{mode}-{n}.log")).read())
        if m:
            times[mode].append(float(m.group(1)))
print()
print("| finding (rule, lines involved) | " + " | ".join(f"runs reporting it, {m}" for m in modes) + " |")
print("|---|" + "---|" * len(modes))
for (rule, loc, related), counts in sorted(seen.items()):
    print(f"| {rule} {loc} {related} | " + " | ".join(f"{counts[m]} / {runs}" for m in modes) + " |")
print()
for m in modes:
    if times[m]:
        print(f"{m}: audited test run median {statistics.median(times[m]):.1f} s "
              f"(min {min(times[m]):.1f}, max {max(times[m]):.1f})")
PY
