// baseline written by run 1, honoured by run 2 (same race: pass), and run 3 fails on the new race
// only; SARIF marks the old race unchanged and the new one new.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
File baselineFile = new File(basedir, 'maprace-baseline.xml')
assert baselineFile.isFile() : 'run 1 should write maprace-baseline.xml'
def baseline = new XmlSlurper().parse(baselineFile)
assert baseline.@version == '1'
def entries = baseline.finding.findAll { it.@rule == 'DATA_RACE' }
assert entries.size() == 1 : "the baseline should hold the one HashMap race: ${baseline.finding*.@rule}"
assert entries[0].@uri == 'src/test/java/com/example/orders/SharedHashMapTest.java'
assert !(entries[0].@fingerprint.text().isEmpty())

List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('maprace') }
assert runs.size() == 3 : "expected three builds in build.log, found ${runs.size()}"

assert runs[0].contains('maprace: baseline with') && runs[0].contains('BUILD SUCCESS')
assert runs[1].contains('BUILD SUCCESS') : 'run 2: the baselined race must not fail the build'
assert runs[1] =~ /maprace: 1 of \d+ findings? (is|are) in the baseline/
assert runs[1] =~ /1 race,/
assert runs[2].contains('BUILD FAILURE') : 'run 3: the new race must fail the build'
assert runs[2] =~ /maprace: 1 finding fails the build \(DATA_RACE at src\/test\/java\/com\/example\/orders\/LaterRaceTest\.java:\d+\)/
assert runs[2] =~ /2 races/
// the race the baseline accepted is logged as information, the new one as the error that fails the build
assert runs[2] =~ /(?m)^\[ERROR\] WARNING: DATA RACE/
assert runs[1] =~ /(?m)^\[INFO\] WARNING: DATA RACE/

def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 2
def state = races.collectEntries { [(it.locations[0].physicalLocation.artifactLocation.uri): it.baselineState] }
assert state['src/test/java/com/example/orders/SharedHashMapTest.java'] == 'unchanged' : "${state}"
assert state['src/test/java/com/example/orders/LaterRaceTest.java'] == 'new' : "${state}"

println 'goal-baseline: baseline written, old race accepted, new race fails - ok'
return true
