// Two agents (JaCoCo, maprace) and Mockito's inline mock maker in one Surefire JVM: all tests pass,
// jacoco.exec is written, the race is found and named with its test, maprace did not fork.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/ : 'all three tests should pass under both agents'
def argLine = log.readLines().find { it.contains('maprace: argLine set to') }
assert argLine && argLine.contains('maprace-agent') && argLine.contains('org.jacoco.agent') :
        "argLine should carry both agents: ${argLine}"
assert !log.contains('maprace: running the tests under the race detector') : 'the maprace fork must not run'
assert !log.contains('[maprace] agent could not start')

File exec = new File(basedir, 'target/jacoco.exec')
assert exec.isFile() && exec.length() > 0 : "JaCoCo should write ${exec}"

def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 1 : "expected one DATA_RACE, got ${races}"
assert races[0].properties.test.toString().contains('twoThreadsPutIntoOneHashMapWithoutSynchronization')
assert log =~ /maprace: \d+ static findings? \(\d+ errors?\), 1 race, \d+ atomicity violations? in 3 tests/

println "goal-prepare-agent-jacoco-mockito: ${exec.length()} bytes of jacoco.exec, race found - ok"
return true
