// Two unsynchronized HashMap.put sites in two threads: the audit reports one DATA_RACE naming both
// put lines and the test, and fails the build (invoker.buildResult = failure).
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

import static io.github.maprace.it.SourceMarkers.markerLine

String testPath = 'src/test/java/com/example/orders/SharedHashMapTest.java'
String testMethod = 'twoThreadsPutIntoOneHashMapWithoutSynchronization'

String log = new File(basedir, 'build.log').getText('UTF-8')

def summary = log =~ /maprace: \d+ static findings? \(\d+ errors?\), [1-9]\d* races?, \d+ atomicity violations? in \d+ tests?/
assert summary.find() : 'build.log has no maprace summary line reporting at least one race'
assert log.contains('BUILD FAILURE')
assert log.contains('maprace.html') : 'the failure message should name the HTML report'

int putA = markerLine(new File(basedir, testPath), '// race: put A')
int putB = markerLine(new File(basedir, testPath), '// race: put B')

File dir = new File(basedir, 'target/maprace')
File sarifFile = new File(dir, 'maprace.sarif')
assert sarifFile.isFile() : "missing ${sarifFile}"
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'maprace'
assert run.tool.driver.rules.any { it.id == 'DATA_RACE' } : 'DATA_RACE missing from tool.driver.rules'

def races = run.results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 1 : "expected one DATA_RACE (one per unordered pair of sites), got ${races.size()}: ${races}"
def race = races[0]
// the default history keeps the previous access's stack too (stacks[1]), naming its put line
assert race.stacks?.size() == 2 : "expected the current and the previous access's stacks: ${race.stacks}"
assert race.stacks[1].frames.any { it.location.message.text.contains('SharedHashMapTest') } :
        "the previous access's stack is empty or lacks the test frame: ${race.stacks[1]}"
assert race.level in ['error', 'warning', 'note']
assert race.message?.text : 'DATA_RACE result has no message text'

def current = race.locations[0].physicalLocation
def other = race.relatedLocations[0].physicalLocation
[current, other].each { loc ->
    String uri = loc.artifactLocation.uri
    assert uri.endsWith(testPath) : "race location ${uri} is not ${testPath}"
    assert !uri.startsWith('/') && !uri.startsWith('file:') : "uri ${uri} should be relative to the project base"
}
// which put is 'current' depends on scheduling; the pair must be exactly the two marked puts
def reported = [current.region.startLine as int, other.region.startLine as int] as Set
assert reported == [putA, putB] as Set : "race reported at lines ${reported}, expected ${putA} and ${putB}"

def props = race.properties
assert props?.test?.toString()?.contains(testMethod) : "properties.test should name ${testMethod}: ${props?.test}"
String threads = props?.threads?.toString() ?: ''
assert threads.contains('importer-A') && threads.contains('importer-B') : "properties.threads: ${props?.threads}"

// the other formats are written even though the build failed
File xml = new File(dir, 'maprace.xml')
assert xml.isFile()
new XmlSlurper().parse(xml)
assert xml.getText('UTF-8').contains('DATA_RACE')
assert new File(dir, 'maprace.html').isFile()

println "race-hashmap-put: DATA_RACE at lines ${reported} of ${testPath} - ok"
return true
