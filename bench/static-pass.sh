#!/usr/bin/env bash
# The static pass against PMD's multithreading rules on one source tree, both through Maven, and
# the static cache: a cold pass, a rerun with nothing changed, and reruns after changing one file.
#
#   bench/static-pass.sh <source-dir> [file ...]
#
# <source-dir> is a tree of .java files, e.g. guava 33.3.1's sources jar unpacked
# (com/google/guava/guava/33.3.1/guava-33.3.1-sources.jar from Central); each [file] (relative to
# it) is changed in turn by one added line, the rerun timed, and the file restored. A throw-away
# project in a temporary directory points its sourceDirectory at the tree; the sources are only
# read, except for the one line added and removed again. Needs the plugin installed in ~/.m2
# (./mvnw install -DskipTests) and maven-pmd-plugin 3.26.0 there; runs offline (-o). Prints one
# line per run: what ran, Maven's wall time, and the static pass's own time from the build log.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=$(cd "${1:?usage: $0 <source-dir> [file ...]}" && pwd)
shift
MVN=("$ROOT/mvnw" -B -ntp -o)
AUDIT=io.github.maprace:maprace-maven-plugin:0.1.0-SNAPSHOT:audit
WORK=$(mktemp -d "${TMPDIR:-/tmp}/maprace-static.XXXXXX")

cat > "$WORK/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>static-pass</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <sourceDirectory>$SRC</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-pmd-plugin</artifactId>
        <version>3.26.0</version>
        <configuration>
          <rulesets><ruleset>category/java/multithreading.xml</ruleset></rulesets>
          <targetJdk>17</targetJdk>
          <failOnViolation>false</failOnViolation>
          <linkXRef>false</linkXRef>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM

now_ms() { date +%s%3N; }

# run <label> <maven args...>: Maven's wall time and the static pass's own line
run() {
  local label=$1; shift
  local start end
  start=$(now_ms)
  "${MVN[@]}" -f "$WORK/pom.xml" "$@" > "$WORK/last.log" 2>&1 || { cat "$WORK/last.log"; exit 1; }
  end=$(now_ms)
  printf '%-44s wall %6.1f s   %s\n' "$label" "$(echo "($end - $start) / 1000" | bc -l)" \
      "$(grep -o 'static pass: .*' "$WORK/last.log" || grep -o 'Total time: .*' "$WORK/last.log" || true)"
}

audit=("$AUDIT" -Dmaprace.dynamicAnalysis=false -Dmaprace.failOnSeverity=none)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sources: $SRC ($(find "$SRC" -name '*.java' | wc -l) files)"
run "pmd, no cache"                pmd:pmd -Dpmd.analysisCache=false
run "maprace, no cache"            "${audit[@]}" -Dmaprace.staticCache=false
run "pmd, no cache"                pmd:pmd -Dpmd.analysisCache=false
run "maprace, no cache"            "${audit[@]}" -Dmaprace.staticCache=false
run "maprace, cache written"       "${audit[@]}"
run "maprace, nothing changed"     "${audit[@]}"
run "pmd, cache written"           pmd:pmd -Dpmd.analysisCache=true
run "pmd, nothing changed"         pmd:pmd -Dpmd.analysisCache=true
for file in "$@"; do
  cp "$SRC/$file" "$WORK/saved.java"
  echo "// changed" >> "$SRC/$file"
  run "maprace, changed $(basename "$file")" "${audit[@]}"
  run "pmd, changed $(basename "$file")"     pmd:pmd -Dpmd.analysisCache=true
  cp "$WORK/saved.java" "$SRC/$file"
  "${MVN[@]}" -f "$WORK/pom.xml" "${audit[@]}" > /dev/null 2>&1
  "${MVN[@]}" -f "$WORK/pom.xml" pmd:pmd -Dpmd.analysisCache=true > /dev/null 2>&1
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); work dir: $WORK"
