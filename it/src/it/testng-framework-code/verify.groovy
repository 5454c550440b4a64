// TestNG's default reporters iterate synchronized maps without their lock after the last test
// (EmailableReporter2, FailedReporter, ...): framework code, left uninstrumented like JUnit's, so
// the report holds the project's own race and no finding located in org/testng.
import groovy.xml.XmlSlurper

def report = new XmlSlurper().parse(new File(basedir, 'target/maprace/maprace.xml'))
def findings = report.findings.finding
def where = findings.collect { it.@rule.text() + ' ' + it.location.@uri.text() + ':' + it.location.@line.text() }
assert !findings.find { it.location.@uri.text().startsWith('org/testng/') } : "findings in TestNG's own code: ${where}"
assert findings.find { it.@rule.text() == 'DATA_RACE' && it.location.@uri.text() == 'src/test/java/com/example/ledger/LedgerTest.java' } :
        "the test's HashMap race was not reported: ${where}"
assert report.summary.@failedTests.text() == '0'
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
true
