// The audit's test run is the project's Surefire configuration with the agent added: the tests that
// need the argLine, the system properties and the environment pass, the excluded class does not
// run, the *Spec includes are honoured, the race is found and named with its test, and -Dtest
// selects as in mvn test.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')

/** Test cases in the Surefire reports under dir: name -> failed? */
static Map<String, Boolean> cases(File dir) {
    Map<String, Boolean> out = [:]
    dir.listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }.each { f ->
        new XmlSlurper().parse(f).testcase.each { tc ->
            out["${tc.@classname}#${tc.@name}".toString()] = tc.failure.size() + tc.error.size() > 0
        }
    }
    return out
}

File reports = new File(basedir, 'target/maprace/surefire-reports')
assert reports.isDirectory() : 'the audit wrote no Surefire reports of its own'
def audited = cases(reports)
assert audited.keySet() == ['com.example.stock.StockConfigSpec#seesTheArgLineAndItsOpenedPackage',
                            'com.example.stock.StockConfigSpec#seesTheSystemPropertyVariablesAndTheEnvironment',
                            'com.example.stock.RestockSpec#twoWarehousesRestockAtOnce'] as Set : audited
assert !audited.values().any() : "a test failed under the audit: ${audited}"
// the normal run's reports are untouched and list the same tests
assert cases(new File(basedir, 'target/surefire-reports')).keySet() == audited.keySet()

assert log.contains("maprace: running the tests under the race detector with Surefire's default-test configuration")
assert !log.contains('Test failed under the agent')
assert log.contains('maprace: detector memory (the test JVM that kept most): up to ') : 'no detector memory line'

assert log =~ /maprace: \d+ static findings? \(\d+ errors?\), [12] races?, 0 atomicity violations? in 3 tests/

def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
// the put/put pair, and the getOrDefault/put pair of the same line
assert races.size() in [1, 2] : races
assert races.every { it.properties.test.toString() == 'com.example.stock.RestockSpec#twoWarehousesRestockAtOnce' }

// run 2: -Dtest=StockConfigSpec
def selected = cases(new File(basedir, 'target/maprace-dtest/surefire-reports'))
assert selected.keySet().every { it.startsWith('com.example.stock.StockConfigSpec#') } && selected.size() == 2 : selected
assert log =~ /maprace: \d+ static findings? \(\d+ errors?\), 0 races, 0 atomicity violations? in 2 tests/

println 'goal-surefire-config: argLine, system properties, environment, includes, excludes and -Dtest honoured - ok'
return true
