// concurrency-coverage: four shared maps. Catalog.names (a ConcurrentHashMap; static evidence:
// it submits tasks) is written on an importer thread and read by the test thread: exercised. Inventory.stock (static evidence: synchronized) is
// written on an executor thread and read by the test thread in one test: exercised. Tally.views
// (no static evidence) is written by a started thread and read after the join: the run finds it
// shared and exercised. PriceList.prices (static evidence: it submits tasks) is only ever used by
// the test thread: one UNTESTED_SHARED_MAP note at its declaration. Notes do not fail the build.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lineOf = { String file, String marker ->
    int n = new File(basedir, file).readLines('UTF-8').findIndexOf { it.contains(marker) } + 1
    assert n > 0 : "${marker} not in ${file}"
    n
}
String priceList = 'src/main/java/com/example/shop/PriceList.java'
int prices = lineOf(priceList, "// price list's map")
int stock = lineOf('src/main/java/com/example/shop/Inventory.java', "// inventory's map")
int views = lineOf('src/main/java/com/example/shop/Tally.java', "// tally's map")
int names = lineOf('src/main/java/com/example/shop/Catalog.java', "// catalog's map")

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] maprace: concurrency coverage: 3 of 4 shared maps written by one thread while another used it in a test (1 UNTESTED_SHARED_MAP)')
assert log =~ /(?m)^\[INFO\] UNTESTED_SHARED_MAP note src\/main\/java\/com\/example\/shop\/PriceList\.java:${prices} Shared map 'prices'/

def run = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif')).runs[0]
def notes = run.results.findAll { it.ruleId == 'UNTESTED_SHARED_MAP' }
assert notes.size() == 1 : "expected PriceList.prices only, got ${notes*.message*.text}"
assert notes[0].level == 'note'
assert notes[0].locations[0].physicalLocation.artifactLocation.uri == priceList
assert notes[0].locations[0].physicalLocation.region.startLine == prices
assert notes[0].message.text.contains('no test made two threads use it')
assert run.tool.driver.rules.any { it.id == 'UNTESTED_SHARED_MAP' }
assert run.results.every { it.ruleId == 'UNTESTED_SHARED_MAP' } : "nothing else: ${run.results*.ruleId}"

def xml = new XmlSlurper().parse(new File(basedir, 'target/maprace/maprace.xml'))
assert xml.coverage.@maps == '4' && xml.coverage.@exercised == '3'
def byName = xml.coverage.map.collectEntries { [(it.@name.toString()): it] }
assert byName.keySet() == ['Catalog.names', 'Inventory.stock', 'PriceList.prices', 'Tally.views'] as Set : byName.keySet()
assert byName['Catalog.names'].@exercised == 'true'
assert byName['Catalog.names'].location.@line == "${names}"
assert byName['Catalog.names'].test*.text().contains('com.example.shop.ShopTest#theCatalogIsImportedOnAnotherThread')
assert byName['Inventory.stock'].@exercised == 'true'
assert byName['Inventory.stock'].location.@line == "${stock}"
assert byName['Inventory.stock'].test*.text().contains('com.example.shop.ShopTest#ordersAndTheFrontShareTheStock')
assert byName['Tally.views'].@exercised == 'true'
assert byName['Tally.views'].location.@line == "${views}"
assert byName['Tally.views'].@sharedBecause.toString().contains('the test run saw')
assert byName['PriceList.prices'].@exercised == 'false'
assert byName['PriceList.prices'].location.@line == "${prices}"

String html = new File(basedir, 'target/maprace/maprace.html').getText('UTF-8')
assert html.contains('<h2 id="coverage">Concurrency coverage</h2>')
assert html.contains('<tr class="untested"><td><code>PriceList.prices</code>')

println 'concurrency-coverage: three exercised shared maps (one concurrent), one UNTESTED_SHARED_MAP note - ok'
return true
