// The agent works in a JDK 25 test JVM: the race is found, named with its test, and the JVM that
// ran the tests was the JDK 25 one.
import groovy.json.JsonSlurper

String java25 = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/java'
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("maprace: test JVM ${java25} (jvm parameter)")
assert log.contains('maprace: running tests under the race detector')
assert !log.contains('[maprace] agent could not start')
assert log =~ /maprace: \d+ static findings \(\d+ errors\), 1 races, \d+ atomicity violations in 1 tests/
assert log.contains('BUILD FAILURE')

File agentDir = new File(basedir, 'target/maprace/agent')
String args = new File(agentDir, 'fork.args').getText('UTF-8')
assert args.contains('-javaagent:')
String console = new File(agentDir, 'test-output.log').getText('UTF-8')
assert !console.contains('agent could not start') : console

def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 1 : "expected one DATA_RACE on JDK 25, got ${races}"
assert races[0].properties.test.toString().contains('twoThreadsPutIntoOneHashMapWithoutSynchronization')

println 'goal-jvm-jdk25: race found in a JDK 25 test JVM - ok'
return true
