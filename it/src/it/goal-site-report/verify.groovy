// verify site: project-reports.html links to maprace.html, which shows the race with both put
// lines, both threads and the test.
import static io.github.maprace.it.SourceMarkers.markerLine

String testPath = 'src/test/java/com/example/orders/SharedHashMapTest.java'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /maprace: \d+ static findings? \(\d+ errors?\), 1 race/

File site = new File(basedir, 'target/site')
File index = new File(site, 'project-reports.html')
assert index.isFile() : "missing ${index}"
assert index.getText('UTF-8') =~ /href="(\.\/)?maprace\.html"/ : 'project-reports.html does not link to maprace.html'

File page = new File(site, 'maprace.html')
assert page.isFile() : "missing ${page}"
String html = page.getText('UTF-8')
assert html.contains('DATA_RACE')
int putA = markerLine(new File(basedir, testPath), '// race: put A')
int putB = markerLine(new File(basedir, testPath), '// race: put B')
assert html.contains("${testPath}:${putA}") && html.contains("${testPath}:${putB}") : 'both accesses should be on the page'
assert html.contains('importer-A') && html.contains('importer-B') : 'both threads should be on the page'
assert html.contains('twoThreadsPutIntoOneHashMapWithoutSynchronization') : 'the test should be on the page'
assert html.contains('Details')
// failOnRace=false: the race is reported, not failing, and logged as a warning a CI scanner sees
assert log =~ /(?m)^\[WARNING\] WARNING: DATA RACE on java\.util\.HashMap/
assert html.contains('No finding fails the build.')

println 'goal-site-report: site page maprace.html shows the race - ok'
return true
