// 18 racy programs whose conflicting map access goes through the JDK or a JVM mechanism: a view, a
// wrapper, a copy, string concatenation, an iterator, a stream or an entry used after the lock, a sub-map view,
// super.put, a serializable method reference, another class's static initializer, the wrong
// volatile field, a latch that was already open, writers under the read half of a lock handed in,
// an optimistic read whose validate failed, two parallel stream operations at once.
// Each has one unsynchronized conflict on a HashMap/TreeMap between two threads; its two access
// lines (the project lines that call into the JDK) carry "// race: <id>" (one line with
// "(same line)" when both threads run that line). For every program there must be a DATA_RACE
// whose location and related location are exactly its marked lines, attributed to its test class;
// and no DATA_RACE may point anywhere else (precision). The build fails (failOnRace).
import groovy.json.JsonSlurper
import groovy.transform.Field

// program id -> [test class (com.example.jvm.*), what races]
@Field Map<String, List<String>> programs = [
        'unmodifiable-view-get'         : ['UnmodifiableViewRaceTest', 'put / get through a Collections.unmodifiableMap view kept in a field'],
        'synchronized-wrapper-vs-raw'   : ['SynchronizedWrapperRawRaceTest', 'put through Collections.synchronizedMap / get on the wrapped HashMap'],
        'copy-constructor'              : ['CopyConstructorRaceTest', 'put / new HashMap<>(shared)'],
        'putall-argument'               : ['PutAllArgumentRaceTest', 'put / local.putAll(shared) (shared is the argument)'],
        'map-copyof'                    : ['MapCopyOfRaceTest', 'put / Map.copyOf(shared)'],
        'tostring-concat'               : ['ToStringConcatRaceTest', 'put / "now " + shared (toString inside the JDK)'],
        'iterator-after-lock'           : ['IteratorAfterLockRaceTest', 'put under the lock / it.next() after the block that created the iterator'],
        'stream-after-lock'             : ['StreamAfterLockRaceTest', 'put under the lock / a stream made under the lock, run after it'],
        'entry-setvalue'                : ['EntrySetValueRaceTest', 'Map.Entry.setValue in an entrySet() walk / get'],
        'submap-clear'                  : ['SubMapClearRaceTest', 'TreeMap headMap(k).clear() / get'],
        'super-put'                     : ['SuperPutRaceTest', 'super.put in a HashMap subclass / get'],
        'serializable-method-ref'       : ['SerializableMethodRefRaceTest', '(Function & Serializable) prices::get applied / put'],
        'class-init-read'               : ['ClassInitReadRaceTest', 'put into Registry.SHARED / read in another class\'s static initializer'],
        'volatile-other-field'          : ['VolatileOtherFieldRaceTest', 'put + write of volatile a / read of volatile b + get'],
        'latch-already-open'            : ['LatchAlreadyOpenRaceTest', 'put + countDown on an open latch / await + get'],
        'rwlock-halves-from-library'    : ['ReadLockWritersRaceTest', 'put under the read lock handed in, from two threads (same line)'],
        'optimistic-read-invalid'       : ['OptimisticReadInvalidRaceTest', 'get in a StampedLock optimistic window whose validate fails / put under the write lock'],
        'parallel-streams-two-ops'      : ['ParallelStreamsRaceTest', 'put in one parallel stream\'s task / get in another parallel stream\'s tasks, both on the common pool'],
]
assert programs.size() == 18

// ---- the marked lines, from the sources -------------------------------------------------------
def marker = ~/\/\/ race: ([a-z0-9-]+)( \(same line\))?\s*$/
Map<String, List<Map>> marks = [:].withDefault { [] }
['src/main/java', 'src/test/java'].each { root ->
    File dir = new File(basedir, root)
    if (!dir.isDirectory()) {
        return
    }
    dir.eachFileRecurse { f ->
        if (!f.name.endsWith('.java')) {
            return
        }
        String uri = basedir.toPath().relativize(f.toPath()).toString().replace('\\', '/')
        f.readLines('UTF-8').eachWithIndex { String line, int i ->
            def m = marker.matcher(line)
            if (m.find()) {
                marks[m.group(1)] << [uri: uri, line: i + 1, same: m.group(2) != null]
            } else {
                assert !line.contains('// race:') : "malformed marker at ${uri}:${i + 1}: ${line.trim()}"
            }
        }
    }
}
assert marks.keySet() == programs.keySet() :
        "marked ids ${(marks.keySet() - programs.keySet())} not in the table, table ids ${(programs.keySet() - marks.keySet())} not marked"
Map<String, Set<String>> expected = [:]
Set<String> markedSites = [] as Set
marks.each { id, ms ->
    boolean same = ms.any { it.same }
    if (same) {
        assert ms.size() == 1 && ms[0].same : "${id}: a '(same line)' program has exactly one marked line: ${ms}"
    } else {
        assert ms.size() == 2 : "${id}: expected two marked lines, found ${ms.size()}: ${ms}"
    }
    expected[id] = ms.collect { "${it.uri}:${it.line}".toString() } as Set
    markedSites.addAll(expected[id])
}
Map<String, String> programOfSite = [:]
expected.each { id, sites -> sites.each { programOfSite[it] = id } }

// ---- the test count and the build result ------------------------------------------------------
int expectedTests = 0
new File(basedir, 'src/test/java').eachFileRecurse { f ->
    if (f.name.endsWith('.java')) {
        expectedTests += f.getText('UTF-8').count('@Test')
    }
}
assert expectedTests == programs.size() : "one @Test per program: ${expectedTests} tests, ${programs.size()} programs"

String log = new File(basedir, 'build.log').getText('UTF-8')
def summary = log =~ /maprace: \d+ static findings? \(\d+ errors?\), (\d+) races?, \d+ atomicity violations? in (\d+) tests?/
assert summary.find() : 'build.log has no maprace summary line'
assert log.contains('BUILD FAILURE')
// failOnSeverity none: only the dynamic findings can fail this build
assert log =~ /maprace: \d+ findings? fails? the build/ : 'the build failed, but not on maprace findings'
assert log.contains('Tests run: ' + expectedTests + ', Failures: 0, Errors: 0') :
        'the racy tests must pass under plain Surefire (they only bound their results)'

// ---- the SARIF results ------------------------------------------------------------------------
File sarifFile = new File(basedir, 'target/maprace/maprace.sarif')
assert sarifFile.isFile() : "missing ${sarifFile}"
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'maprace'
def races = (run.results ?: []).findAll { it.ruleId == 'DATA_RACE' }

static String site(def location) {
    def p = location?.physicalLocation
    if (!p) {
        return '?'
    }
    String uri = (p.artifactLocation?.uri ?: '?').toString().replace('\\', '/')
    if (uri.startsWith('./')) {
        uri = uri.substring(2)
    }
    return "${uri}:${p.region?.startLine}".toString()
}

// static findings do not fail this build (failOnSeverity none); list them for whoever works on the rules
(run.results ?: []).findAll { !(it.ruleId in ['DATA_RACE', 'ATOMICITY_VIOLATION', 'SYNC_MAP_ITERATION']) }.each {
    println "hb-jvm-racy: note: static ${it.ruleId} (${it.level}) at ${site(it.locations?.getAt(0))}"
}

List<Map> reported = races.collect { r ->
    [cur: site(r.locations?.getAt(0)), prev: site(r.relatedLocations?.getAt(0)),
     test: (r.properties?.test ?: '').toString(), threads: (r.properties?.threads ?: '').toString()]
}

List<String> rows = []
List<String> failures = []
programs.each { id, info ->
    String testClass = 'com.example.jvm.' + info[0]
    Set<String> want = expected[id]
    def matching = reported.findAll { ([it.cur, it.prev] as Set) == want }
    def attributed = matching.findAll { it.test.startsWith(testClass + '#') }
    String status
    if (!attributed.isEmpty()) {
        status = 'ok'
    } else if (!matching.isEmpty()) {
        status = "WRONG TEST (${matching*.test.unique().join(', ')})"
        failures << id
    } else {
        def near = reported.findAll { it.cur in want || it.prev in want }
        status = near ? "MISSING (other pairs at its lines: ${near.collect { it.cur + ' vs ' + it.prev }.join('; ')})" : 'MISSING'
        failures << id
    }
    rows << String.format('  %-30s %-32s %-8s %s  [%s]', id, info[0], status == 'ok' ? 'ok' : 'FAIL',
            want.sort().join(' + '), info[1]) + (status == 'ok' ? '' : "\n      -> ${status}")
}

// precision: every DATA_RACE must lie on the marked lines of one program
List<String> extras = []
reported.each { r ->
    String a = programOfSite[r.cur]
    String b = programOfSite[r.prev]
    if (a == null || b == null || a != b) {
        extras << "  EXTRA  ${r.cur} vs ${r.prev}  test=${r.test}  threads=${r.threads}" +
                (a == null && b == null ? '' : "  (marked: ${a ?: '-'} / ${b ?: '-'})")
    }
}
// results on one program's marked lines other than its pair (e.g. put/put of check-then-act): allowed, listed
List<String> alsoOnMarks = reported.findAll { r ->
    String a = programOfSite[r.cur]
    a != null && a == programOfSite[r.prev] && ([r.cur, r.prev] as Set) != expected[a]
}.collect { "  also   ${it.cur} vs ${it.prev}  (${programOfSite[it.cur]})" }

String table = "hb-jvm-racy: ${programs.size()} programs, ${programs.size() - failures.size()} found, " +
        "${failures.size()} missing or misattributed, ${extras.size()} extra DATA_RACE results " +
        "(${reported.size()} reported)\n" + rows.join('\n') +
        (extras ? '\n' + extras.join('\n') : '') + (alsoOnMarks ? '\n' + alsoOnMarks.join('\n') : '')
println table

assert failures.isEmpty() && extras.isEmpty() : table
assert (summary.group(1) as int) == races.size() : "summary says ${summary.group(1)} races, SARIF has ${races.size()}"
assert (summary.group(2) as int) == expectedTests : "summary says ${summary.group(2)} tests, expected ${expectedTests}"
races.each { assert it.message?.text : "DATA_RACE without message text: ${it}" }

println "hb-jvm-racy: all ${programs.size()} races reported at their marked lines, nothing else - ok"
return true
