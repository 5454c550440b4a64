// Opens target/maprace/maprace.html in headless Chromium the way a person would open the file, and
// checks what the browser made of it: the race (both put lines, both threads, the test) is on the
// page, a thread name that is a <script> tag is shown as text and never becomes a script element,
// the page logs nothing to the console and throws nothing, the filter controls are there, and the
// page asks the network for nothing. Needs /usr/bin/chromium (Debian's package; .ci/run installs it).
import java.util.concurrent.TimeUnit

String testPath = 'src/test/java/com/example/sessions/SessionRegistryTest.java'
String testMethod = 'twoThreadsRecordLoginsInOneHashMap'
String scriptName = '<script>alert(1)</script>'
String escapedScriptName = '&lt;script&gt;alert(1)&lt;/script&gt;'

/** 1-based line of the only source line carrying the marker comment. */
static int markerLine(File source, String marker) {
    List<String> lines = source.readLines('UTF-8')
    List<Integer> hits = (0..<lines.size()).findAll { lines[it].contains(marker) }
    assert hits.size() == 1 : "expected one '${marker}' in ${source}, found ${hits.size()}"
    return hits[0] + 1
}

/** Chromium from Debian's package, or a failure that says how to get it. */
static String chromium() {
    for (String candidate : [System.getenv('MAPRACE_CHROMIUM'), '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
        if (candidate && new File(candidate).canExecute()) {
            return candidate
        }
    }
    throw new AssertionError('report-html-browser needs headless Chromium and found none at /usr/bin/chromium: '
            + 'install it with "apt-get update && apt-get install -y chromium" (.ci/run does this), '
            + 'or point MAPRACE_CHROMIUM at a chromium executable')
}

/** Runs Chromium on the page with a fresh profile; returns [stdout, stderr]. */
static List<String> runChromium(String exe, File workDir, String name, List<String> extra, String url) {
    File profile = new File(workDir, "profile-${name}")
    profile.deleteDir()
    profile.mkdirs()
    List<String> cmd = [exe, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                        '--disable-background-networking', '--disable-component-update', '--disable-sync',
                        '--disable-extensions', '--user-data-dir=' + profile.absolutePath,
                        // whatever is asked for resolves nowhere: nothing can leave the machine
                        '--host-resolver-rules=MAP * ~NOTFOUND'] + extra + [url]
    Process process = new ProcessBuilder(cmd).directory(workDir).start()
    process.outputStream.close()
    StringBuilder out = new StringBuilder()
    StringBuilder err = new StringBuilder()
    process.consumeProcessOutput(out, err)
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly()
        throw new AssertionError("chromium (${name}) did not finish within 120 s: ${cmd.join(' ')}")
    }
    process.waitForProcessOutput()
    new File(workDir, "chromium-${name}.stderr.txt").setText(err.toString(), 'UTF-8')
    assert process.exitValue() == 0 : "chromium (${name}) exited with ${process.exitValue()}:\n${err}"
    return [out.toString(), err.toString()]
}

String log = new File(basedir, 'build.log').getText('UTF-8')
def summary = log =~ /maprace: \d+ static findings? \(\d+ errors?\), [1-9]\d* races?, \d+ atomicity violations? in \d+ tests?/
assert summary.find() : 'build.log has no maprace summary line reporting at least one race'
assert log.contains('BUILD SUCCESS') : 'failOnRace=false: the build should pass'

int putWeb = markerLine(new File(basedir, testPath), '// race: put web')
int putApi = markerLine(new File(basedir, testPath), '// race: put api')

File page = new File(basedir, 'target/maprace/maprace.html')
assert page.isFile() : "missing ${page}"
String html = page.getText('UTF-8')

// offline by construction: no reference to anything outside the file
def external = html =~ /(?i)(?:\b(?:src|href|action|poster|srcset|data)\s*=\s*["']?\s*(?:https?:|\/\/|ftp:)|url\(\s*["']?\s*(?:https?:|\/\/)|@import|<link\b|<iframe\b|<object\b|<embed\b|<img\b)/
assert !external.find() : "maprace.html references an outside resource: ${external.group()}"
assert !(html =~ /(?i)https?:\/\//).find() : 'maprace.html contains an http(s) URL'
// the model's markup-like text is escaped in the file itself
assert html.count('<script') == 1 : "maprace.html should have exactly one script element (its own), found ${html.count('<script')}"
assert html.contains(escapedScriptName)

String exe = chromium()
File work = new File(basedir, 'target/browser')
work.deleteDir()
work.mkdirs()
String url = page.toURI().toString()

// 1. the DOM after the page's own script ran, with console output and a log of every network request
File netLog = new File(work, 'netlog.json')
def (String dom, String stderr) = runChromium(exe, work, 'dom',
        ['--enable-logging=stderr', '--v=0', '--log-net-log=' + netLog.absolutePath, '--dump-dom'], url)
new File(work, 'dom.html').setText(dom, 'UTF-8')

assert dom.contains('</html>') : "chromium printed no DOM:\n${dom.take(500)}"
assert dom.contains('DATA_RACE')
assert dom.contains("${testPath}:${putWeb}") : "the page does not show the put at line ${putWeb}"
assert dom.contains("${testPath}:${putApi}") : "the page does not show the put at line ${putApi}"
assert dom.contains(testMethod) : "the page does not name the test ${testMethod}"
assert dom.contains('api-importer') : 'the page does not name the thread api-importer'
assert dom.contains(escapedScriptName) : 'the page does not show the <script> thread name as text'
// the one script element is the page's own filter script; the thread name became none
assert dom.count('<script') == 1 : "the DOM has ${dom.count('<script')} script elements, expected the page's own only"
assert !dom.contains(scriptName) : 'the <script> thread name reached the DOM as markup'
// the filter controls: one checkbox per rule with findings, one per severity
assert dom =~ /<input type="checkbox" data-filter="rule" value="DATA_RACE" checked/
assert dom =~ /<input type="checkbox" data-filter="rule" value="CHECK_THEN_ACT" checked/
['error', 'warning', 'note'].each { level ->
    assert dom =~ /<input type="checkbox" data-filter="severity" value="${level}" checked/ : "no ${level} filter"
}
assert dom.contains('id="none"') : 'the "no finding matches" line is missing'

// the page logs nothing: Chromium prints every console message and uncaught error as CONSOLE
List<String> console = stderr.readLines().findAll { it.contains(':CONSOLE') || it.contains('Uncaught') }
assert console.isEmpty() : "the page wrote to the console:\n${console.join('\n')}"

// no request made on the page's behalf; Chromium's own background requests have no initiator
// ("not an origin"), the page's would carry its file origin ("null")
assert netLog.isFile() && netLog.length() > 0 : "chromium wrote no net log to ${netLog}"
String net = netLog.getText('UTF-8')
List<String> initiators = (net =~ /"initiator"\s*:\s*"([^"]*)"/).collect { it[1] }
List<String> fromPage = initiators.findAll { it != 'not an origin' }
assert fromPage.isEmpty() : "the page made network requests (initiators ${fromPage}); see ${netLog}"

// 2. a screenshot as a person would see the page, kept for the reader of a failed run
File shot = new File(work, 'maprace.png')
runChromium(exe, work, 'screenshot', ['--hide-scrollbars', '--window-size=1280,2000', '--screenshot=' + shot.absolutePath], url)
assert shot.isFile() && shot.length() > 10_000 : "no usable screenshot at ${shot}"
byte[] png = shot.bytes
assert png[0] == (byte) 0x89 && new String(png, 1, 3, 'US-ASCII') == 'PNG' : "${shot} is not a PNG"

println "report-html-browser: DATA_RACE at lines ${putWeb} and ${putApi} shown, <script> thread name escaped, " +
        "no console output, no network request (${initiators.size()} background requests of Chromium's own), " +
        "screenshot ${shot} - ok"
return true
