// leaked-thread: FeedsTest#pollerStarts starts a poller and never stops it. One LEAKED_THREAD
// (warning) at Poller.start's thread.start() with the start stack and the test; the race the
// poller then makes with the next test's read names the test that leaked it. The poller stopped
// and the pool shut down in StoppedPollerTest's @AfterEach are not reported.
import groovy.json.JsonSlurper

def lineOf = { String file, String marker ->
    int n = new File(basedir, file).readLines('UTF-8').findIndexOf { it.contains(marker) } + 1
    assert n > 0 : "${marker} not in ${file}"
    n
}
String poller = 'src/main/java/com/example/feed/Poller.java'
int start = lineOf(poller, '// starts the poller')
int write = lineOf(poller, "// the poller's write")
int read = lineOf('src/main/java/com/example/feed/Feeds.java', "// the status page's read")

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /Tests run: 4, Failures: 0, Errors: 0/ : 'the four tests pass: the leak only shows in the audit'
assert log.contains('[WARNING] WARNING: LEAKED THREAD') : 'a leak is a warning: reported, not failing the build'
assert log =~ /maprace: 1 finding fails the build \(DATA_RACE at src\/main\/java\/com\/example\/feed\/Feeds\.java:${read}\)/
assert log =~ /(?m)^\[WARNING\]   Thread started \(start\(\)\) at src\/main\/java\/com\/example\/feed\/Poller\.java:${start} by thread "poller-news"$/

def run = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif')).runs[0]
def leaks = run.results.findAll { it.ruleId == 'LEAKED_THREAD' }
assert leaks.size() == 1 : "expected the poller only, got ${leaks*.locations*.physicalLocation}"
def leak = leaks[0]
assert leak.level == 'warning'
assert leak.locations[0].physicalLocation.artifactLocation.uri == poller
assert leak.locations[0].physicalLocation.region.startLine == start
assert leak.properties.test.toString() == 'com.example.feed.FeedsTest#pollerStarts'
assert leak.stacks[0].frames.any { it.location.message.text.contains('FeedsTest.pollerStarts') }
assert run.tool.driver.rules.any { it.id == 'LEAKED_THREAD' && it.help.text.contains('@AfterEach') }

def races = run.results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 1 : "expected the leaked poller's race only, got ${races*.message*.text}"
def race = races[0]
def lines = ([race.locations[0]] + race.relatedLocations).collect { it.physicalLocation.region?.startLine }
assert lines.containsAll([write, read])
assert race.message.text.contains('was started by test com.example.feed.FeedsTest#pollerStarts, which ended without stopping it')
assert race.properties.test.toString().contains('unknownSourceWasNeverSeen')

// nothing else dynamic: the stopped poller and the shut-down pool are silent
def dynamic = run.results.findAll { it.properties?.origin == 'dynamic' }
assert dynamic.size() == 2 : "unexpected dynamic findings: ${dynamic*.ruleId} ${dynamic*.message*.text}"

def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/maprace/maprace.xml'))
def leakXml = xml.findings.finding.find { it.@rule == 'LEAKED_THREAD' }
assert leakXml.@severity == 'warning'
assert leakXml.race.current.@role == 'Thread started'

String html = new File(basedir, 'target/maprace/maprace.html').getText('UTF-8')
assert html.contains('<h4>Thread started (<code>start()</code>)</h4>')
assert html.contains('poller-news (leaked by com.example.feed.FeedsTest#pollerStarts)')

println 'leaked-thread: the forgotten poller and its race are reported, stopped threads are silent - ok'
return true
