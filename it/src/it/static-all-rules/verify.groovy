// One realistic violation of each of the 12 static rules, each marked '// expect: RULE_ID' in the
// main sources (at the line where the fix goes, CONTRACT.md) and its other lines marked
// 'related: RULE_ID', beside correct versions of the same code and one suppressed violation. The
// SARIF report must hold exactly one result per rule, at the marked line, with a message and a fix,
// its relatedLocations exactly the marked related lines, each with a message, and list every rule
// in tool.driver.rules; the suppressed violation must not appear.
import groovy.json.JsonSlurper

List<String> RULES = ['SHARED_UNSAFE_MAP', 'INCONSISTENT_LOCKING', 'CHECK_THEN_ACT', 'NON_ATOMIC_UPDATE',
                      'MODIFY_WHILE_ITERATING', 'SYNC_MAP_ITERATION', 'LOCK_UPGRADE', 'UNLOCK_NOT_IN_FINALLY',
                      'NON_VOLATILE_SWAP', 'MUTABLE_AFTER_INIT', 'RECURSIVE_COMPUTE', 'LAZY_INIT_RACE']

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /maprace: 12 static findings/ : 'build.log has no summary line with 12 static findings'

// the markers: rule id -> [uri, line]
File sources = new File(basedir, 'src/main/java')
Map<String, List> expected = [:]
Map<String, List<Integer>> relatedLines = [:].withDefault { [] }
sources.eachFileRecurse { File f ->
    if (!f.name.endsWith('.java')) return
    String uri = 'src/main/java/' + sources.toPath().relativize(f.toPath()).toString().replace('\\', '/')
    f.readLines('UTF-8').eachWithIndex { String line, int i ->
        def m = line =~ /\/\/\s*expect:\s*([A-Z_]+)/
        if (m.find()) {
            assert !expected.containsKey(m.group(1)) : "two markers for ${m.group(1)}"
            expected[m.group(1)] = [uri, i + 1]
        }
        def r = line =~ /\/\/.*\brelated:\s*([A-Z_]+)/
        if (r.find()) {
            relatedLines[r.group(1)] << i + 1
        }
    }
}
assert expected.keySet() == RULES as Set : "markers for ${expected.keySet()}, expected one for each of ${RULES}"

def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'maprace'
def results = run.results ?: []

RULES.each { id ->
    def hits = results.findAll { it.ruleId == id }
    assert hits.size() == 1 : "expected exactly one ${id}, got ${hits.size()}: ${hits*.locations*.physicalLocation}"
    def hit = hits[0]
    def loc = hit.locations[0].physicalLocation
    assert loc.artifactLocation.uri == expected[id][0] : "${id} in ${loc.artifactLocation.uri}, expected ${expected[id][0]}"
    assert (loc.region.startLine as int) == expected[id][1] : "${id} at line ${loc.region.startLine}, expected ${expected[id][1]}"
    def related = hit.relatedLocations ?: []
    assert related.every { it.physicalLocation.artifactLocation.uri == expected[id][0] && it.message?.text } :
            "${id} related locations outside its file or without a message: ${related}"
    List<Integer> relatedAt = related.collect { it.physicalLocation.region.startLine as int }.unique().sort()
    assert relatedAt == relatedLines[id] : "${id} related lines ${relatedAt}, expected ${relatedLines[id]}"
    String text = hit.message?.text
    assert text : "${id} has no message"
    // the SARIF writer appends the finding's fix to its message: "<what is wrong>. Fix: <how>"
    int at = text.indexOf(' Fix: ')
    assert at > 0 : "${id} message has no ' Fix: ' part: ${text}"
    assert text.substring(0, at).trim() : "${id} has an empty message before its fix"
    assert text.substring(at + 6).trim() : "${id} has an empty fix"

    def rule = run.tool.driver.rules.find { it.id == id }
    assert rule : "rule ${id} missing from tool.driver.rules"
    assert rule.shortDescription?.text : "rule ${id} has no shortDescription"
    assert rule.help : "rule ${id} has no help"
}
assert results.size() == RULES.size() : "unexpected extra results: ${results.findAll { !(it.ruleId in RULES) } + results.groupBy { it.ruleId }.findAll { k, v -> v.size() > 1 }}"

// the good twins and the suppressed violation stay silent
def silent = results.findAll { it.locations[0].physicalLocation.artifactLocation.uri =~ /\/(Good|Suppressed)\w+\.java$/ }
assert silent.isEmpty() : "findings in correct or suppressed code: ${silent}"

println "static-all-rules: ${RULES.size()} rules, one result each at the marked line with the marked related lines - ok"
return true
