import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

/** The three reports in dir exist and parse, and hold exactly the race of AaRestockRaceTest. */
static def assertRaceReported(File dir) {
    File sarifFile = new File(dir, 'maprace.sarif')
    assert sarifFile.isFile() : "missing ${sarifFile}"
    def sarif = new JsonSlurper().parse(sarifFile)
    def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
    assert races.size() == 1 : "expected the one race found before the fault, got ${races}"
    String test = races[0].properties?.test?.toString()
    assert test?.contains('AaRestockRaceTest#restockerAndReaderShareAHashMap') : "race names test ${test}"
    File xml = new File(dir, 'maprace.xml')
    assert xml.isFile() : "missing ${xml}"
    new XmlSlurper().parse(xml)
    assert xml.getText('UTF-8').contains('DATA_RACE')
    File html = new File(dir, 'maprace.html')
    assert html.isFile() : "missing ${html}"
    assert html.getText('UTF-8').contains('AaRestockRaceTest')
    return sarif
}

/** The SARIF run says the execution was not successful and carries the cause as a notification. */
static void assertNotification(def sarif, String cause) {
    def invocation = sarif.runs[0].invocations[0]
    assert invocation.executionSuccessful == false
    def texts = invocation.toolExecutionNotifications*.message*.text
    assert texts.any { it.contains(cause) } : "no SARIF notification contains '${cause}': ${texts}"
}

String log = new File(basedir, 'build.log').getText('UTF-8')

int exitLine = new File(basedir, 'src/test/java/com/example/stock/ZzShutdownTest.java').readLines('UTF-8')
        .findIndexOf { it.contains('// exit: here') } + 1

assert log.contains('BUILD FAILURE')
String cause = 'The test JVM exited (System.exit(3)) while running com.example.stock.ZzShutdownTest#callsExit, ' +
        "called at com.example.stock.ZzShutdownTest.callsExit(ZzShutdownTest.java:${exitLine})"
assert log.contains(cause) : "build.log does not contain: ${cause}"
assert log.contains('[ERROR] Failed to execute goal io.github.maprace:maprace-maven-plugin')
assert log.contains("the race-detecting test run did not complete: ${cause}")
assert log.contains('registry: endpoints.json missing, giving up') : 'Surefire should show what the test printed'
assert !log.contains('runs after System.exit')
def summary = log =~ /maprace: \d+ static findings? \(\d+ errors?\), 1 race, 0 atomicity violations in 1 test/
assert summary.find() : 'summary line should count the one race and the one test that finished'

def sarif = assertRaceReported(new File(basedir, 'target/maprace'))
assertNotification(sarif, cause)
println "${basedir.name}: ${cause} - ok"
return true
