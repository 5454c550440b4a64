import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

import static io.github.maprace.it.FaultReports.assertNotification

String log = new File(basedir, 'build.log').getText('UTF-8')

static int line(File f, String marker) {
    return f.readLines('UTF-8').findIndexOf { it.contains(marker) } + 1
}
File tests = new File(basedir, 'src/test/java/com/example/stock')
int throwLine = line(new File(tests, 'BrokenFixtureTest.java'), '// throws: here')
int setupLine = line(new File(tests, 'BrokenSetupTest.java'), '// setup throws: here')

assert log.contains('BUILD SUCCESS')
String initFailure = '[WARNING] maprace: Test failed under the agent: com.example.stock.BrokenFixtureTest#registersTheFixture: ' +
        'java.lang.ExceptionInInitializerError <- caused by java.lang.IllegalStateException: fixture endpoints.json ' +
        "not found (at com.example.stock.BrokenFixtureTest.load(BrokenFixtureTest.java:${throwLine}))"
assert log.contains(initFailure) : "build.log does not contain: ${initFailure}"
String setupFailure = '[WARNING] maprace: Test class failed under the agent, its tests did not all run: ' +
        'com.example.stock.BrokenSetupTest: java.lang.IllegalStateException: registry server not reachable ' +
        "(at com.example.stock.BrokenSetupTest.connectToTheRegistryServer(BrokenSetupTest.java:${setupLine}))"
assert log.contains(setupFailure) : "build.log does not contain: ${setupFailure}"
def summary = log =~ /maprace: \d+ static findings? \(0 errors?\), 0 races, 0 atomicity violations? in 3 tests/
assert summary.find() : 'BrokenFixtureTest and the healthy ServiceRegistryTest should have run (3 tests: Surefire counts the class that failed in its set-up as one)'

File dir = new File(basedir, 'target/maprace')
def sarif = new JsonSlurper().parse(new File(dir, 'maprace.sarif'))
assertNotification(sarif, 'com.example.stock.BrokenSetupTest: java.lang.IllegalStateException')
assertNotification(sarif, 'com.example.stock.BrokenFixtureTest#registersTheFixture')
new XmlSlurper().parse(new File(dir, 'maprace.xml'))
assert new File(dir, 'maprace.html').getText('UTF-8').contains('BrokenSetupTest')
println "${basedir.name}: class failures reported as warnings with class and cause, build passes - ok"
return true
