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

assert !log.contains('BUILD FAILURE')
String defaults = "[WARNING] maprace: No tests ran under the race detector: Surefire's default-test in " +
        'target/test-classes with its default includes (**/Test*.java, **/*Test.java, **/*Tests.java, ' +
        "**/*TestCase.java) selected none (Surefire's includes, or maprace's testIncludes, select others); " +
        'the dynamic pass ran nothing.'
assert log.contains(defaults) : "build.log does not contain: ${defaults}"
String includes = "[WARNING] maprace: No tests ran under the race detector: Surefire's default-test in " +
        'target/test-classes with includes **/*IT.java selected none'
assert log.contains(includes) : "build.log does not contain: ${includes}"

['target/maprace-defaults', 'target/maprace-includes'].each { d ->
    File dir = new File(basedir, d)
    def sarif = new JsonSlurper().parse(new File(dir, 'maprace.sarif'))
    assert sarif.runs[0].results.any { it.ruleId == 'CHECK_THEN_ACT' } : "static findings missing in ${d}"
    assertNotification(sarif, 'No tests ran under the race detector')
    new XmlSlurper().parse(new File(dir, 'maprace.xml'))
    assert new File(dir, 'maprace.html').isFile()
}
println "${basedir.name}: no matching tests is a warning, static findings kept - ok"
return true
