// Tests on junit-jupiter-api with no JUnit Platform engine on the test classpath: Surefire adds the
// engine itself, and the audit runs the project's Surefire configuration, so the test runs under the
// race detector too (the old maprace-owned fork skipped it). The static pass runs as well.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String sourcePath = 'src/main/java/com/example/registry/ServiceRegistry.java'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /Tests run: 1, Failures: 0/ : 'Surefire should still run the test with the engine it adds itself'
def frames = log.readLines().findAll { it ==~ /\s+at [\w.$]+\(.*\)/ }
assert frames.isEmpty() : "the audit should not log a stack trace when there is no test engine: ${frames.take(3)}"

assert !log.readLines().any { it.startsWith('[WARNING] maprace') } : 'no maprace warning expected'

def summary = log =~ /maprace: [1-9]\d* static findings? \(\d+ errors?\), 0 races, 0 atomicity violations? in 1 test/
assert summary.find() : 'build.log has no maprace summary line with static findings and the 1 test'

File dir = new File(basedir, 'target/maprace')
File sarifFile = new File(dir, 'maprace.sarif')
assert sarifFile.isFile() : "missing ${sarifFile}"
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'maprace'
def results = sarif.runs[0].results ?: []
// proof that the static pass ran: the marked check-then-act is reported
assert results.any { r ->
    r.ruleId == 'CHECK_THEN_ACT' && r.locations[0].physicalLocation.artifactLocation.uri.endsWith(sourcePath)
} : "no CHECK_THEN_ACT in ${sourcePath}: ${results}"
assert !results.any { it.ruleId in ['DATA_RACE', 'ATOMICITY_VIOLATION'] }

File xml = new File(dir, 'maprace.xml')
assert xml.isFile() : "missing ${xml}"
new XmlSlurper().parse(xml)
assert new File(dir, 'maprace.html').isFile()

println 'no-junit-engine: static pass ran, the test ran under the audit with the engine Surefire adds - ok'
return true
