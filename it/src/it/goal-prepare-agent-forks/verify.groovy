// prepare-agent with forkCount=2, reuseForks=false: the two racy test classes run in two JVMs
// that share one race log; the audit must report both races (a fork must not truncate the log of
// the one before it), each with its own test's name, and no agent errors.
import groovy.json.JsonSlurper

import static io.github.maprace.it.SourceMarkers.markerLine

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Tests run: 2, Failures: 0, Errors: 0/ : 'Surefire should run both test classes and pass'
assert !log.contains('maprace: running the tests under the race detector') : 'the maprace fork must not run'
assert log =~ /maprace: \d+ static findings? \(\d+ errors?\), 2 races, \d+ atomicity violations? in 2 tests/
assert !log.contains('internal error') : 'the agent counted errors'
// the forks start together and share the output directory: neither may read the other's half-written runtime jar
assert !log.contains('agent could not start') && !log.contains('invalid LOC header') : 'an agent did not start'
assert log.contains('BUILD FAILURE')

File dir = new File(basedir, 'src/test/java/com/example/orders')
Map<String, Set<Integer>> expected = [
        SharedHashMapTest      : [markerLine(new File(dir, 'SharedHashMapTest.java'), '// race: put A'),
                                  markerLine(new File(dir, 'SharedHashMapTest.java'), '// race: put B')] as Set,
        SecondSharedHashMapTest: [markerLine(new File(dir, 'SecondSharedHashMapTest.java'), '// race: put C'),
                                  markerLine(new File(dir, 'SecondSharedHashMapTest.java'), '// race: put D')] as Set,
]
def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 2 : "expected two DATA_RACEs, one per fork, got ${races.size()}"
expected.each { cls, lines ->
    def race = races.find { it.locations[0].physicalLocation.artifactLocation.uri.endsWith("/${cls}.java") }
    assert race != null : "no race in ${cls}"
    def found = [race.locations[0].physicalLocation.region.startLine as int,
                 race.relatedLocations[0].physicalLocation.region.startLine as int] as Set
    assert found == lines : "${cls}: race at ${found}, expected ${lines}"
    assert race.properties.test.toString().contains(cls) : "test not named: ${race.properties.test}"
}
println "goal-prepare-agent-forks: both forks' races reported - ok"
return true
