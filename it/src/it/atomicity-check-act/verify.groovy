// atomicity-check-act: B checks and writes the key between A's check and act. The console, the
// HTML page and SARIF show the check and the act of both threads, with stacks, and the page
// highlights both lines; SARIF links each rule to its documentation and defines %SRCROOT%.
import groovy.json.JsonSlurper

String source = 'src/main/java/com/example/stock/Inventory.java'
List<String> lines = new File(basedir, source).readLines('UTF-8')
int check = lines.findIndexOf { it.contains('// check') } + 1
int act = lines.findIndexOf { it.contains('// act') } + 1
assert check > 0 && act > check

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> expected = [
        "[ERROR] WARNING: ATOMICITY VIOLATION on java.util.concurrent.ConcurrentHashMap",
        "[ERROR]   Check (get) at ${source}:${check} by thread \"restocker-A\"",
        "[ERROR]     at com.example.stock.Inventory.restock(Inventory.java:${check})",
        "[ERROR]   Its check (get) at ${source}:${check} by thread \"restocker-B\"",
        "[ERROR]     at com.example.stock.Inventory.restock(Inventory.java:${check})",
        "[ERROR]   Interleaved write (put) at ${source}:${act} by thread \"restocker-B\"",
        "[ERROR]     at com.example.stock.Inventory.restock(Inventory.java:${act})",
        "[ERROR]   Act (put) at ${source}:${act} by thread \"restocker-A\"",
        "[ERROR]     at com.example.stock.Inventory.restock(Inventory.java:${act})",
]*.toString()
List<String> logLines = log.readLines()
int start = logLines.indexOf(expected[0])
assert start >= 0 : 'no [ERROR] ATOMICITY VIOLATION block in build.log'
List<String> block = logLines.subList(start, Math.min(logLines.size(), start + 30))
int at = 0
expected.each { line ->
    int i = block.subList(at, block.size()).indexOf(line)
    assert i >= 0 : "missing or out of order in the console block: ${line}\n${block.join('\n')}"
    at += i + 1
}
assert log =~ /maprace: 1 finding fails the build \(ATOMICITY_VIOLATION at src\/main\/java\/com\/example\/stock\/Inventory\.java:\d+\)/

def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def run = sarif.runs[0]
def result = run.results.find { it.ruleId == 'ATOMICITY_VIOLATION' }
assert result : 'no ATOMICITY_VIOLATION result'
assert result.locations[0].physicalLocation.region.startLine == act
def related = result.relatedLocations*.physicalLocation*.region*.startLine
assert related.count { it == check } == 2 : "the check of both threads should be related: ${related}"
run.tool.driver.rules.each { rule ->
    assert rule.helpUri == "https://github.com/maprace/maprace/blob/main/src/site/markdown/rules.md#${rule.id.toLowerCase()}" :
            "rule ${rule.id} has helpUri ${rule.helpUri}"
}
String root = run.originalUriBaseIds['%SRCROOT%'].uri
assert new File(new URI(root)).canonicalPath == basedir.canonicalPath : "%SRCROOT% is ${root}"

String html = new File(basedir, 'target/maprace/maprace.html').getText('UTF-8')
['Check', 'Its check', 'Act', 'Interleaved write'].each { label ->
    assert html.contains("<h4>${label} (<code>") : "the page has no ${label} box"
}
int box = html.indexOf('data-rule="ATOMICITY_VIOLATION"')
String finding = html.substring(box, html.indexOf('</article>', box))
assert finding.contains("class=\"line hit\"><span class=\"no\">${check}</span>") : 'the check line is not highlighted'
assert finding.contains("class=\"line hit\"><span class=\"no\">${act}</span>") : 'the act line is not highlighted'

println 'atomicity-check-act: check and act of both threads, both lines highlighted - ok'
return true
