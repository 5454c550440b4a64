// lock-upgrade-runtime: PriceTable.priceOf asks for the write lock (an aliased Lock field) while
// holding the read lock. Under the audit the call throws at once, the test fails with a message
// naming the upgrade, the other test passes, and LOCK_UPGRADE is reported at that lock() line;
// the fixed variant (release, re-take, downgrade) is not reported. The run never reaches forkTimeout.
import groovy.json.JsonSlurper

String source = 'src/main/java/com/example/prices/PriceTable.java'
int upgrade = new File(basedir, source).readLines('UTF-8').findIndexOf { it.contains('// upgrade') } + 1
assert upgrade > 0
int readLock = new File(basedir, source).readLines('UTF-8').findIndexOf { it.contains('// the read lock the upgrade holds') } + 1
assert readLock > 0

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert !log.contains('did not complete') : 'the test run must complete, not end by the fork timeout'
assert log.contains('maprace: LOCK_UPGRADE: thread') : 'the failing test should name the upgrade'
assert log =~ /Tests run: 2, Failures: 0, Errors: 1/ : 'one test ended by the agent, the fixed one passing'

def run = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif')).runs[0]
def upgrades = run.results.findAll { it.ruleId == 'LOCK_UPGRADE' && it.properties?.origin == 'dynamic' }
assert upgrades.size() == 1 : "expected one dynamic LOCK_UPGRADE, got ${upgrades}"
def result = upgrades[0]
assert result.locations[0].physicalLocation.artifactLocation.uri == source
assert result.locations[0].physicalLocation.region.startLine == upgrade
assert result.properties.test.toString().contains('aMissUpgradesTheReadLock')
assert result.message.text.contains('ended it with an IllegalMonitorStateException')
// both places: the write-lock request and where the read lock it still holds was taken
assert result.message.text.contains("(taken at ${source}:${readLock})")
assert result.relatedLocations*.physicalLocation*.region*.startLine.contains(readLock)
String html = new File(basedir, 'target/maprace/maprace.html').getText('UTF-8')
assert html.contains('<h4>Write-lock request (<code>') && html.contains('<h4>Read lock taken (<code>readLock().lock()</code>)</h4>')
assert log =~ /maprace: \d+ findings? fails? the build/

println 'lock-upgrade-runtime: the upgrade ends its test and is reported at its lock() - ok'
return true
