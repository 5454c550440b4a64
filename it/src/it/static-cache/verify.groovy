// Three audits in one build (pom.xml): 'first' writes the static cache; antrun then copies its SARIF
// and edits two files; 'cached' must reuse the cache for the files the edit cannot affect and agree
// with 'full', which runs without the cache. The edit removes a finding from a file that did not
// change (Catalog.java: its map was filled through the getter by CatalogLoader.java, which now only
// reads it) and moves another down by two lines (Counter.java).
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def lines = log.readLines().findAll { it.contains('maprace: static pass: ') }
assert lines.size() == 3 : "expected one static-pass line per audit: ${lines}"
assert lines[0] =~ /static pass: 9 files in [0-9.]+ s$/ : lines[0]
// the edited files and the files naming their types are parsed again; Unrelated0..5 come from the cache
def cached = lines[1] =~ /static pass: 9 files in [0-9.]+ s, (\d+) of them from the cache$/
assert cached.find() : lines[1]
assert (cached.group(1) as int) >= 6 && (cached.group(1) as int) <= 7 : lines[1]
assert lines[2] =~ /static pass: 9 files in [0-9.]+ s$/ : lines[2]

def results = { String path ->
    def sarif = new JsonSlurper().parse(new File(basedir, path))
    (sarif.runs[0].results ?: []).collect { r ->
        def loc = r.locations[0].physicalLocation
        [r.ruleId, loc.artifactLocation.uri, loc.region.startLine as int, r.message.text]
    }.sort { a, b -> a.toString() <=> b.toString() }
}
def before = results('target/before-edit.sarif')
def after = results('target/maprace/maprace.sarif')
def full = results('target/maprace-full/maprace.sarif')

assert before.any { it[0] == 'MUTABLE_AFTER_INIT' && it[1] == 'src/main/java/com/acme/Catalog.java' && it[2] == 8 } : before
assert before.any { it[0] == 'CHECK_THEN_ACT' && it[1] == 'src/main/java/com/acme/other/Counter.java' && it[2] == 10 } : before
assert after == full : "the cached audit differs from the full one:\n${after}\n${full}"
assert !after.any { it[0] == 'MUTABLE_AFTER_INIT' } : after
assert after.any { it[0] == 'CHECK_THEN_ACT' && it[1] == 'src/main/java/com/acme/other/Counter.java' && it[2] == 12 } : after
assert after.count { it[0] == 'CHECK_THEN_ACT' } == 7 : after
assert new File(basedir, 'target/maprace/cache/static.bin').isFile()
assert !new File(basedir, 'target/maprace-full/cache').exists()

println "static-cache: ${cached.group(1)} of 9 files from the cache; the cached audit equals the full one - ok"
return true
