#!/usr/bin/env bash
# The measurements behind src/site/markdown/choosing-a-map.md: ChoosingAMapBenchmark, seven ways to
# share a map under three read/write mixes, at 1, 2, 4 and 8 threads, throughput and allocation
# (-prof gc). Writes JMH JSON to bench/target/choosing-a-map/, then bench/choosing_a_map.py splices
# the tables into the page (between its results markers) and writes the chart
# src/site/resources/images/choosing-a-map.svg. Commit both after a real run.
#
#   bench/choosing-a-map.sh [extra JMH args]
#
#   QUICK=1         one 200 ms iteration per cell: checks the pipeline in a few minutes; the page
#                   then says its numbers are placeholders
#   THREADS="1 2"   thread counts (default "1 2 4 8"), one JMH run each
#   IMPLS=a,b       -p impl=... (default: all seven)
#   MIXES=99,50     -p readPercent=... (default: 99, 90, 50)
#
# Needs bench built: ./mvnw -B -o package -pl bench -am -DskipTests. Run it on an otherwise idle
# machine: every cell is one fork, and anything else running shows up in the numbers.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench/target/benchmarks.jar"
OUT="$ROOT/bench/target/choosing-a-map"
PAGE="$ROOT/src/site/markdown/choosing-a-map.md"
SVG="$ROOT/src/site/resources/images/choosing-a-map.svg"
THREADS=${THREADS:-1 2 4 8}
IMPLS=${IMPLS:-synchronized,ReentrantLock,ReentrantReadWriteLock,StampedLock,synchronizedMap,ConcurrentHashMap,copyOnWrite}
MIXES=${MIXES:-99,90,50}

if [ "${QUICK:-0}" = 1 ]; then
  WI=1 W=200 I=1 R=200 SMOKE=--smoke
else
  WI=3 W=1000 I=4 R=1000 SMOKE=
fi
JMH=(-f 1 -wi "$WI" -w "${W}ms" -i "$I" -r "${R}ms" -p "impl=$IMPLS" -p "readPercent=$MIXES" -prof gc)

[ -f "$BENCH" ] || { echo "missing $BENCH: ./mvnw -B -o package -pl bench -am -DskipTests" >&2; exit 1; }

# one fork per (impl, mix, threads) cell; about 1.5 s of JVM start, setup and profiler per fork
count() { tr ',' ' ' <<< "$1" | wc -w; }
CELLS=$(( $(count "$IMPLS") * $(count "$MIXES") * $(count "$THREADS") ))
EST=$(awk -v n="$CELLS" -v wi="$WI" -v w="$W" -v i="$I" -v r="$R" \
    'BEGIN { t = n * ((wi * w + i * r) / 1000 + 1.5); printf "%d min %02d s", t / 60, t % 60 }')

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "cells: $CELLS (one fork each), estimated time: $EST"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

mkdir -p "$OUT"
rm -f "$OUT"/threads-*.json
for t in $THREADS; do
  echo "== $t thread(s)"
  java -jar "$BENCH" 'ChoosingAMapBenchmark\.op' -t "$t" "${JMH[@]}" "$@" \
      -rf json -rff "$OUT/threads-$t.json" > "$OUT/threads-$t.log"
  grep -E '^ChoosingAMapBenchmark\.op  ' "$OUT/threads-$t.log" || true
done
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

COMMAND="${QUICK:+QUICK=$QUICK }bench/choosing-a-map.sh${*:+ $*}
# which runs, once per thread count:
java -jar bench/target/benchmarks.jar 'ChoosingAMapBenchmark\.op' -t <${THREADS// /|}> ${JMH[*]}${*:+ $*}"
python3 "$ROOT/bench/choosing_a_map.py" --page "$PAGE" --svg "$SVG" $SMOKE --cores "$(nproc)" \
    --command "$COMMAND" --load "$LOAD_BEFORE before, $LOAD_AFTER after" "$OUT"/threads-*.json
