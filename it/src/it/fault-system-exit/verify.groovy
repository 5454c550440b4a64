import static io.github.maprace.it.FaultReports.assertNotification
import static io.github.maprace.it.FaultReports.assertRaceReported

String log = new File(basedir, 'build.log').getText('UTF-8')

int exitLine = new File(basedir, 'src/test/java/com/example/stock/ZzShutdownTest.java').readLines('UTF-8')
        .findIndexOf { it.contains('// exit: here') } + 1

assert log.contains('BUILD FAILURE')
String cause = 'The test JVM exited (System.exit(3)) while running com.example.stock.ZzShutdownTest#callsExit, ' +
        "called at com.example.stock.ZzShutdownTest.callsExit(ZzShutdownTest.java:${exitLine})"
assert log.contains(cause) : "build.log does not contain: ${cause}"
assert log.contains('[ERROR] Failed to execute goal io.github.maprace:maprace-maven-plugin')
assert log.contains("the race-detecting test run did not complete: ${cause}")
assert log.contains('registry: endpoints.json missing, giving up') : 'Surefire should show what the test printed'
assert !log.contains('runs after System.exit')
def summary = log =~ /maprace: \d+ static findings? \(\d+ errors?\), 1 race, 0 atomicity violations? in 1 test/
assert summary.find() : 'summary line should count the one race and the one test that finished'

def sarif = assertRaceReported(new File(basedir, 'target/maprace'))
assertNotification(sarif, cause)
println "${basedir.name}: ${cause} - ok"
return true
