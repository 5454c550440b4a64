// containsKey-then-put on a ConcurrentHashMap: exactly one CHECK_THEN_ACT (a warning) at the
// marked act (the put) of the main source, with the check as its related location in SARIF, XML
// and HTML; the computeIfAbsent method is not flagged; the build passes.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

import static io.github.maprace.it.SourceMarkers.markerLine

String sourcePath = 'src/main/java/com/example/rates/ExchangeRateCache.java'

String log = new File(basedir, 'build.log').getText('UTF-8')
def summary = log =~ /maprace: [1-9]\d* static findings? \(0 errors?\), 0 races, 0 atomicity violations? in \d+ tests?/
assert summary.find() : 'build.log has no maprace summary line with a static finding, 0 errors and 0 races'
assert log.contains('BUILD SUCCESS')

int expectedLine = markerLine(new File(basedir, sourcePath), '// expect: CHECK_THEN_ACT')
int checkLine = markerLine(new File(basedir, sourcePath), '// related: CHECK_THEN_ACT')

File dir = new File(basedir, 'target/maprace')
File sarifFile = new File(dir, 'maprace.sarif')
assert sarifFile.isFile() : "missing ${sarifFile}"
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'maprace'

def results = run.results ?: []
def checkThenAct = results.findAll { it.ruleId == 'CHECK_THEN_ACT' }
assert checkThenAct.size() == 1 : "expected exactly one CHECK_THEN_ACT, got ${checkThenAct.size()}: ${checkThenAct}"
def finding = checkThenAct[0]
def loc = finding.locations[0].physicalLocation
assert loc.artifactLocation.uri.endsWith(sourcePath) : "CHECK_THEN_ACT at ${loc.artifactLocation.uri}"
assert (loc.region.startLine as int) == expectedLine : "CHECK_THEN_ACT at line ${loc.region.startLine}, expected ${expectedLine}"
assert finding.level == 'warning' : "CHECK_THEN_ACT level is ${finding.level}; this IT assumes warning"
assert finding.message?.text : 'CHECK_THEN_ACT result has no message text'
def related = finding.relatedLocations ?: []
assert related.size() == 1 : "expected the check as the one related location: ${related}"
assert related[0].physicalLocation.artifactLocation.uri.endsWith(sourcePath)
assert (related[0].physicalLocation.region.startLine as int) == checkLine : "related ${related[0]}, expected line ${checkLine}"
assert related[0].message?.text == 'the check: rates.containsKey(pair)' : "related message ${related[0].message}"

// every rule a result uses is described in tool.driver.rules
results*.ruleId.unique().each { id ->
    def rule = run.tool.driver.rules.find { it.id == id }
    assert rule : "rule ${id} missing from tool.driver.rules"
    assert rule.shortDescription?.text : "rule ${id} has no shortDescription"
    assert rule.help : "rule ${id} has no help"
}

File xml = new File(dir, 'maprace.xml')
assert xml.isFile() : "missing ${xml}"
def report = new XmlSlurper().parse(xml)
def xmlFinding = report.'**'.find { it.name() == 'finding' && it.@rule == 'CHECK_THEN_ACT' }
assert xmlFinding.related.location.size() == 1
assert xmlFinding.related.location[0].@line.text() == "${checkLine}"
assert xmlFinding.related.location[0].@description.text() == 'the check: rates.containsKey(pair)'
File html = new File(dir, 'maprace.html')
assert html.isFile() : "missing ${html}"
assert html.getText('UTF-8').contains('CHECK_THEN_ACT')
assert html.getText('UTF-8').contains("${sourcePath}:${checkLine}") : 'the HTML does not list the check'
assert html.getText('UTF-8').contains('the check: rates.containsKey(pair)')

println "check-then-act: CHECK_THEN_ACT at ${sourcePath}:${expectedLine}, check at ${checkLine} - ok"
return true
