// prepare-agent + audit: Surefire runs the racy test with the agent (and the user's own argLine),
// the audit reports the race with both put lines and the test's name, and maprace's own test JVM
// never starts.
import groovy.json.JsonSlurper

import static io.github.maprace.it.SourceMarkers.markerLine

String testPath = 'src/test/java/com/example/orders/SharedHashMapTest.java'
String testMethod = 'twoThreadsPutIntoOneHashMapWithoutSynchronization'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /maprace: argLine set to "?-javaagent:\S*maprace-agent\S*=output=\S+ -Dgoal\.prepare\.agent\.kept=yes/ :
        'prepare-agent should prepend the agent to the existing argLine'
assert log =~ /Tests run: 1, Failures: 0, Errors: 0/ : 'Surefire should run the test (with the agent) and pass'
assert !log.contains('maprace: running the tests under the race detector') : 'the maprace fork must not run'
assert log.contains('maprace: reading the race detector\'s results of the test run under prepare-agent')
assert !new File(basedir, 'target/maprace/agent/fork.args').exists() : 'no fork: no argument file'
assert log =~ /maprace: \d+ static findings? \(\d+ errors?\), 1 race, \d+ atomicity violations? in 1 test/
assert log.contains('BUILD FAILURE')
// the run inside Surefire reports what the detector retained, as the audit's own run does
assert log.contains('maprace: detector memory (the test JVM that kept most): up to ') : 'no detector memory line'
assert log.contains('maprace.html')

int putA = markerLine(new File(basedir, testPath), '// race: put A')
int putB = markerLine(new File(basedir, testPath), '// race: put B')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 1 : "expected one DATA_RACE, got ${races}"
def race = races[0]
def lines = [race.locations[0].physicalLocation.region.startLine as int,
             race.relatedLocations[0].physicalLocation.region.startLine as int] as Set
assert lines == [putA, putB] as Set : "race at ${lines}, expected ${putA} and ${putB}"
assert race.locations[0].physicalLocation.artifactLocation.uri == testPath
assert race.properties.test.toString().contains(testMethod) : "test not named: ${race.properties.test}"

println "goal-prepare-agent: race at ${lines} in ${race.properties.test}, no fork - ok"
return true
