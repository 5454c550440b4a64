// lock-order-inversion: Bank.transfer locks the source then the target account; two opposite
// transfers, one after the other, take the two locks in opposite orders. One LOCK_ORDER_INVERSION
// at the inner lock() with both threads and stacks; OrderedBank (id order), GatedBank (a gate
// monitor around both) and Ledger (a write-to-read downgrade) are not reported.
import groovy.json.JsonSlurper

String bank = 'src/main/java/com/example/bank/Bank.java'
int inner = new File(basedir, bank).readLines('UTF-8').findIndexOf { it.contains('// inner') } + 1
assert inner > 0

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /Tests run: 4, Failures: 0, Errors: 0/ : 'all four scenarios should pass: none deadlocks'
assert log.contains('[ERROR] WARNING: LOCK ORDER INVERSION')
assert log =~ /(?m)^\[ERROR\]   This order \(takes a java\.util\.concurrent\.locks\.ReentrantLock while holding a java\.util\.concurrent\.locks\.ReentrantLock\) at src\/main\/java\/com\/example\/bank\/Bank\.java:${inner} by thread "teller-2"$/
assert log =~ /(?m)^\[ERROR\]   Opposite order \(.*\) at src\/main\/java\/com\/example\/bank\/Bank\.java:${inner} by thread "teller-1"$/
assert log =~ /maprace: 1 finding fails the build \(LOCK_ORDER_INVERSION at src\/main\/java\/com\/example\/bank\/Bank\.java:${inner}\)/

def run = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif')).runs[0]
def inversions = run.results.findAll { it.ruleId == 'LOCK_ORDER_INVERSION' }
assert inversions.size() == 1 : "expected the Bank inversion only, got ${inversions*.locations*.physicalLocation}"
def result = inversions[0]
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == bank
assert result.locations[0].physicalLocation.region.startLine == inner
assert result.relatedLocations[0].physicalLocation.region.startLine == inner
assert result.properties.test.toString().contains('oppositeTransfersTakeTheLocksInOppositeOrders')
assert result.stacks.size() == 2 && result.stacks.every { s -> s.frames.any { it.location.message.text.contains('Bank.transfer') } }
assert run.tool.driver.rules.any { it.id == 'LOCK_ORDER_INVERSION' && it.help.text.contains('one global order') }
// nothing else dynamic: the correct variants are silent
def dynamic = run.results.findAll { it.properties?.origin == 'dynamic' }
assert dynamic.size() == 1 : "unexpected dynamic findings: ${dynamic*.ruleId}"

String html = new File(basedir, 'target/maprace/maprace.html').getText('UTF-8')
assert html.contains('<h4>This order (<code>') && html.contains('<h4>Opposite order (<code>')

println 'lock-order-inversion: one inversion in Bank, ordered/gated/downgrade variants silent - ok'
return true
