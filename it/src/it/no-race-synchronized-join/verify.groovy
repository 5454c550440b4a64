// HashMap accesses ordered by synchronized, join-before-start and start-after-write: the dynamic
// pass runs all four tests and reports no race; the build passes.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')

def summary = log =~ /maprace: \d+ static findings? \(\d+ errors?\), 0 races, 0 atomicity violations? in (\d+) tests?/
assert summary.find() : 'build.log has no maprace summary line saying 0 races'
int tests = summary.group(1) as int
assert tests == 4 : "the dynamic pass should have run the 4 tests, summary says ${tests}"
assert log.contains('BUILD SUCCESS')

File sarifFile = new File(basedir, 'target/maprace/maprace.sarif')
assert sarifFile.isFile() : "missing ${sarifFile}"
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'maprace'
def results = sarif.runs[0].results ?: []
def dynamic = results.findAll { it.ruleId in ['DATA_RACE', 'ATOMICITY_VIOLATION'] }
assert dynamic.isEmpty() : "false positives on correctly ordered code: ${dynamic}"

assert new File(basedir, 'target/maprace/maprace.xml').isFile()
assert new File(basedir, 'target/maprace/maprace.html').isFile()

println "no-race-synchronized-join: 0 races in ${tests} tests - ok"
return true
