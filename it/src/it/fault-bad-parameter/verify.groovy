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

List<String> errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal io.github.maprace') }
assert errors.size() == 3 : "expected three failed invocations: ${errors}"
assert errors[0].contains("maprace: bad configuration: failOnSeverity must be error, warning, note or none, not 'fatal'")
assert errors[1].contains("maprace: bad configuration:") && errors[1].contains("format 'pdf'") &&
        errors[1].contains('xml, html, sarif') : errors[1]
assert errors[2].contains('maprace: bad configuration: forkTimeout must be 0 (no limit) or a number of seconds, not -5')
assert !new File(basedir, 'target/maprace').exists() : 'nothing should run with a bad configuration'
println "${basedir.name}: three bad values, three clear messages - ok"
return true
