// The agent works in a JDK 25 test JVM: the race is found, named with its test, and the JVM that
// ran the tests was the JDK 25 one.
import groovy.json.JsonSlurper

String java25 = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/java'
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('maprace: running the tests under the race detector')
assert !log.contains('[maprace] agent could not start')
assert log =~ /maprace: \d+ static findings? \(\d+ errors?\), 1 race, \d+ atomicity violations? in 1 test/
assert log.contains('BUILD FAILURE')

// Surefire's report of the audited run records the test JVM's properties
File report = new File(basedir, 'target/maprace/surefire-reports').listFiles().find { it.name.startsWith('TEST-') }
assert report : 'no Surefire report of the audited run in target/maprace/surefire-reports'
def props = new groovy.xml.XmlSlurper().parse(report).properties.property
assert props.find { it.@name == 'java.version' }.@value.toString().startsWith('25') : 'the audited JVM was not JDK 25'
assert props.find { it.@name == 'sun.java.command' || it.@name == 'java.home' }

def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 1 : "expected one DATA_RACE on JDK 25, got ${races}"
assert races[0].properties.test.toString().contains('twoThreadsPutIntoOneHashMapWithoutSynchronization')

println 'goal-jvm-jdk25: race found in a JDK 25 test JVM - ok'
return true
