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

['maprace.xml', 'maprace.html', 'maprace.sarif'].each { name ->
    File a = new File(basedir, "target/run1/${name}")
    File b = new File(basedir, "target/run2/${name}")
    assert a.isFile() && b.isFile() : "missing ${a} or ${b}"
    if (!Arrays.equals(a.bytes, b.bytes)) {
        List<String> la = a.readLines('UTF-8')
        List<String> lb = b.readLines('UTF-8')
        int i = (0..<Math.min(la.size(), lb.size())).find { la[it] != lb[it] } ?: Math.min(la.size(), lb.size())
        assert false : "${name} differs between two runs at line ${i + 1}:\n  ${la[i]}\n  ${lb[i]}"
    }
}
def sarif = assertRaceReported(new File(basedir, 'target/run1'))
assert sarif.runs[0].results.find { it.ruleId == 'DATA_RACE' }.properties.threads.toString()
        .contains('<script>alert(1)</script>')

String html = new File(basedir, 'target/run1/maprace.html').getText('UTF-8')
assert html.contains('&lt;script&gt;alert(1)&lt;/script&gt;') : 'the thread name should be escaped text'
assert html.contains('&lt;script&gt;alert(3)&lt;/script&gt;') : 'the failure message should be escaped text'
assert !html.contains('<script>alert(') : 'markup from the tests reached maprace.html unescaped'
println "${basedir.name}: two runs, identical reports, markup escaped - ok"
return true
