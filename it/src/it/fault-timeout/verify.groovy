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

int hangLine = new File(basedir, 'src/test/java/com/example/stock/ZzSupplierReplyTest.java').readLines('UTF-8')
        .findIndexOf { it.contains('// hang: here') } + 1

assert log.contains('BUILD FAILURE')
String cause = 'The test JVM ran past forkTimeout (10 s) and was killed while running ' +
        'com.example.stock.ZzSupplierReplyTest#waitsForTheSupplierReply (it was at ' +
        "com.example.stock.ZzSupplierReplyTest.waitsForTheSupplierReply(ZzSupplierReplyTest.java:${hangLine})"
assert log.contains(cause) : "build.log does not contain: ${cause}"
assert log.contains('raise forkTimeout')

File pidFile = new File(basedir, 'target/supplier.pid')
assert pidFile.isFile() : 'the hanging test did not start its helper process'
long pid = pidFile.text.trim() as long
assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "helper process ${pid} survived the timeout"

def sarif = assertRaceReported(new File(basedir, 'target/maprace'))
assertNotification(sarif, cause)
println "${basedir.name}: ${cause} - ok"
return true
