// Per-module SARIF reports, and the aggregate at the root holding both modules' findings with
// uris relative to the root directory.
import groovy.json.JsonSlurper

String racyTest = 'src/test/java/com/example/orders/SharedHashMapTest.java'
String cache = 'src/main/java/com/example/rates/ExchangeRateCache.java'

def results = { File f ->
    assert f.isFile() : "missing ${f}"
    def sarif = new JsonSlurper().parse(f)
    assert sarif.version == '2.1.0'
    return sarif.runs[0].results ?: []
}
def uri = { r -> r.locations[0].physicalLocation.artifactLocation.uri }

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('maprace: aggregate of 2 module report(s) written to')

def racy = results(new File(basedir, 'module-racy/target/maprace/maprace.sarif'))
assert racy.any { it.ruleId == 'DATA_RACE' && uri(it) == racyTest } : "module-racy: ${racy}"
def stat = results(new File(basedir, 'module-static/target/maprace/maprace.sarif'))
assert stat.any { it.ruleId == 'CHECK_THEN_ACT' && uri(it) == cache } : "module-static: ${stat}"
assert !stat.any { it.ruleId == 'DATA_RACE' }

def all = results(new File(basedir, 'target/maprace/maprace.sarif'))
def race = all.find { it.ruleId == 'DATA_RACE' }
assert race && uri(race) == 'module-racy/' + racyTest : "aggregate race: ${race}"
assert race.relatedLocations[0].physicalLocation.artifactLocation.uri == 'module-racy/' + racyTest
assert all.any { it.ruleId == 'CHECK_THEN_ACT' && uri(it) == 'module-static/' + cache } : "aggregate: ${all}"
assert all.size() == racy.size() + stat.size() : "aggregate has ${all.size()} results, modules ${racy.size()} + ${stat.size()}"
all.each { assert !uri(it).startsWith('/') && !uri(it).startsWith('src/') : "not relative to the root: ${uri(it)}" }
assert new File(basedir, 'target/maprace/maprace.html').isFile()
assert new File(basedir, 'target/maprace/maprace.xml').isFile()

println "goal-aggregate: ${all.size()} findings from 2 modules at the root - ok"
return true
