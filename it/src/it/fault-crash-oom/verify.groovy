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

assert log.contains('BUILD FAILURE')

String oom = 'The test run was aborted while running ' +
        'com.example.stock.ZyOutOfMemoryTest#loadsTheWholeCatalogIntoMemory by java.lang.OutOfMemoryError: ' +
        'Java heap space'
assert log.contains(oom) : "build.log does not contain: ${oom}"
assert log.contains('give the test JVM more heap with jvmArgs')
def oomSarif = assertRaceReported(new File(basedir, 'target/maprace-oom'))
assertNotification(oomSarif, oom)

String halt = 'The test JVM died without shutting down (exit status 137, which is also how signal 9 looks) ' +
        'while running com.example.stock.ZzHaltTest#haltsTheJvm: Runtime.halt()'
assert log.contains(halt) : "build.log does not contain: ${halt}"
def haltSarif = assertRaceReported(new File(basedir, 'target/maprace-halt'))
assertNotification(haltSarif, halt)

println "${basedir.name}: OutOfMemoryError and Runtime.halt reported with their tests - ok"
return true
