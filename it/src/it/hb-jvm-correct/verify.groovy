// 17 correctly synchronized programs whose happens-before edges come from code the agent does not
// rewrite: JUnit's timeout thread, a FutureTask on a plain thread, a completion service, interrupts,
// VarHandle and field-updater publication, a periodic task, fork/join completion, callbacks of
// compute/updateAndGet, Vector/Hashtable hand-offs, a synchronized wrapper, a lock held over a whole
// iteration, java.util.Timer, a Caffeine cache, a CompletableFuture chain on a custom executor, a
// serializable method reference to a map's get sent through Java serialization (it must still work).
// Every conflicting HashMap access is ordered by a real edge, so the dynamic pass must report no
// DATA_RACE (nor any other dynamic result): each one is a missing or wrong edge in the agent, listed
// below with the program it came from. Every listed test class must have run and passed, in the
// plain Surefire run and in the audit's run. The build passes.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// program id -> [test class (com.example.jvmok.*), the mechanism that orders its map accesses]
Map<String, List<String>> programs = [
        'timeout-preemptive'             : ['GradeBookTest', 'assertTimeoutPreemptively: JUnit executor thread, submit + Future.get inside JUnit'],
        'futuretask-plain-thread'        : ['ReportBuilderTest', 'FutureTask run by new Thread(ft).start(), then ft.get()'],
        'completion-service'             : ['ShardScannerTest', 'ExecutorCompletionService over a fixed pool: submit, take().get()'],
        'interrupt-handoff'              : ['PendingChangesTest', 'Thread.interrupt, detected by InterruptedException / by isInterrupted() polling'],
        'varhandle-publication'          : ['PublishedSnapshotsTest', 'VarHandle setRelease / getAcquire; AtomicReferenceFieldUpdater lazySet, set / get'],
        'periodic-task'                  : ['HeartbeatMonitorTest', 'scheduleAtFixedRate runs on a 4-thread ScheduledThreadPoolExecutor, then shutdown + awaitTermination'],
        'forkjoin-completion'            : ['WordCountTaskTest', 'RecursiveTask fork + quietlyJoin; commonPool().submit + get; invokeAll + getRawResult'],
        'compute-callback'               : ['CallbackUpdatesTest', 'HashMap written inside ConcurrentHashMap.compute of one key; AtomicReference.updateAndGet copy-on-write'],
        'legacy-vector-handoff'          : ['LegacyMailboxTest', 'Vector add / isEmpty + get; Hashtable put / get'],
        'synchronized-wrapper-consistent': ['ClickStatsTest', 'Collections.synchronizedMap used only through the wrapper, iterated in synchronized (wrapper)'],
        'iteration-under-lock'           : ['ConnectionStatsTest', 'put and the whole entrySet() walk under one synchronized lock'],
        'timer-task'                     : ['RateRefreshTaskTest', 'java.util.Timer schedule (timer thread started before the fill), latch back'],
        'caffeine-cache'                 : ['TariffCatalogTest', 'Caffeine LoadingCache publishes the loader\'s HashMap to every getter'],
        'executor-framework'             : ['QuotePipelineTest', 'CompletableFuture supplyAsync / thenApplyAsync on a ThreadPoolExecutor with a ThreadFactory, join()'],
        'serializable-method-ref'        : ['SerializedPricerTest', '(Function & Serializable) PRICES::get applied, serialized, deserialized, applied (one thread)'],
        'optimistic-read-validated'      : ['OptimisticQuotaTest', 'StampedLock tryOptimisticRead + get + validate() true; a later put under the write lock'],
        'parallel-streams-in-turn'       : ['RateTableStreamsTest', 'a parallel stream puts from a task, returns, a latch, another thread\'s parallel stream reads from its tasks'],
]
assert programs.size() == 17
Map<String, String> programOfClass = programs.collectEntries { id, info -> [(info[0]): id] }
assert programOfClass.size() == programs.size() : 'one test class per program'

// the table and the sources agree: every listed class exists, nothing unlisted
File testDir = new File(basedir, 'src/test/java/com/example/jvmok')
Map<String, Integer> testsPerClass = [:]
testDir.eachFileMatch(~/.*Test\.java/) { f ->
    testsPerClass[f.name - '.java'] = f.getText('UTF-8').count('@Test')
}
assert testsPerClass.keySet() == programOfClass.keySet() :
        "test classes ${testsPerClass.keySet() - programOfClass.keySet()} not in the table, table classes ${programOfClass.keySet() - testsPerClass.keySet()} missing"
assert testsPerClass.values().every { it >= 1 } : "a test class without @Test: ${testsPerClass}"
int expectedTests = testsPerClass.values().sum() as int

String log = new File(basedir, 'build.log').getText('UTF-8')
def summary = log =~ /maprace: (\d+) static findings? \((\d+) errors?\), (\d+) races?, (\d+) atomicity violations? in (\d+) tests?/

File sarifFile = new File(basedir, 'target/maprace/maprace.sarif')
assert sarifFile.isFile() : "missing ${sarifFile}"
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'maprace'
def results = run.results ?: []

static String site(def location) {
    def p = location?.physicalLocation
    return p ? "${p.artifactLocation?.uri}:${p.region?.startLine}" : '?'
}

static String testClass(String testId) {
    String cls = (testId ?: '').split('#')[0]
    return cls.substring(cls.lastIndexOf('.') + 1)
}

// static findings do not fail this build (failOnSeverity none); list them for whoever works on the rules
results.findAll { !(it.ruleId in ['DATA_RACE', 'ATOMICITY_VIOLATION', 'SYNC_MAP_ITERATION']) }.each {
    println "hb-jvm-correct: note: static ${it.ruleId} (${it.level}) at ${site(it.locations?.getAt(0))}"
}

def dynamic = results.findAll { it.ruleId in ['DATA_RACE', 'ATOMICITY_VIOLATION', 'SYNC_MAP_ITERATION'] }
if (!dynamic.isEmpty()) {
    StringBuilder table = new StringBuilder()
    table << "${dynamic.size()} dynamic results on correctly synchronized code (missing happens-before edges):\n"
    Map<String, List> byTest = dynamic.groupBy { testClass(it.properties?.test?.toString()) }
    byTest.keySet().sort().each { cls ->
        String id = programOfClass[cls]
        table << "  ${cls} [${id ?: 'unknown test'}: ${id ? programs[id][1] : '?'}]\n"
        byTest[cls].each { r ->
            table << "    ${r.ruleId}  ${site(r.locations?.getAt(0))}  vs  ${site(r.relatedLocations?.getAt(0))}" +
                    "  test=${r.properties?.test}  threads=${r.properties?.threads}\n"
        }
    }
    table << "  failing programs: ${byTest.keySet().sort().collect { programOfClass[it] ?: it }.join(', ')}\n"
    println table
    assert false : table.toString()
}

assert summary.find() : 'build.log has no maprace summary line'
assert summary.group(3) == '0' : "summary reports ${summary.group(3)} races: ${summary.group(0)}"
assert summary.group(4) == '0' : "summary reports ${summary.group(4)} atomicity violations: ${summary.group(0)}"
int tests = summary.group(5) as int
assert tests == expectedTests : "the dynamic pass should have run the ${expectedTests} tests, summary says ${tests}"
assert log.contains('BUILD SUCCESS')

// ---- every listed test class ran and passed: the plain Surefire run and the audit's run ----------
/** Test cases in the Surefire reports under dir: class simple name -> [method -> outcome]. */
static Map<String, Map<String, String>> cases(File dir) {
    Map<String, Map<String, String>> out = [:].withDefault { [:] }
    assert dir.isDirectory() : "missing ${dir}"
    dir.listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }.each { f ->
        new XmlSlurper().parse(f).testcase.each { tc ->
            String cls = tc.@classname.toString()
            assert cls.startsWith('com.example.jvmok.') : "unexpected test class ${cls}"
            String outcome = tc.failure.size() ? 'FAILED' : tc.error.size() ? 'ERROR' : tc.skipped.size() ? 'SKIPPED' : 'ok'
            out[cls.substring(cls.lastIndexOf('.') + 1)][tc.@name.toString()] = outcome
        }
    }
    return out
}

['target/surefire-reports': 'plain run', 'target/maprace/surefire-reports': 'audit run'].each { path, what ->
    Map<String, Map<String, String>> ran = cases(new File(basedir, path))
    List<String> problems = []
    programs.each { id, info ->
        String cls = info[0]
        Map<String, String> methods = ran[cls] ?: [:]
        if (methods.size() != testsPerClass[cls]) {
            problems << "  ${id} (${cls}): ${methods.size()} of ${testsPerClass[cls]} tests ran"
        }
        methods.findAll { it.value != 'ok' }.each { m, outcome -> problems << "  ${id} (${cls}#${m}): ${outcome}" }
    }
    (ran.keySet() - programOfClass.keySet()).each { problems << "  unlisted test class ${it} ran" }
    assert problems.isEmpty() : "hb-jvm-correct, ${what} (${path}):\n" + problems.join('\n')
}

assert new File(basedir, 'target/maprace/maprace.xml').isFile()
assert new File(basedir, 'target/maprace/maprace.html').isFile()

println "hb-jvm-correct: 0 races in ${tests} tests (${programs.size()} programs), every test class ran and passed - ok"
return true
