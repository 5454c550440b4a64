import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

import static io.github.maprace.it.FaultReports.assertNotification

String log = new File(basedir, 'build.log').getText('UTF-8')

assert !log.contains('BUILD FAILURE')
String defaults = "[WARNING] maprace: No tests ran under the race detector: Surefire's default-test in " +
        'target/test-classes with its default includes (**/Test*.java, **/*Test.java, **/*Tests.java, ' +
        "**/*TestCase.java) selected none (Surefire's includes, or maprace's testIncludes, select others); " +
        'the dynamic pass ran nothing.'
assert log.contains(defaults) : "build.log does not contain: ${defaults}"
String includes = "[WARNING] maprace: No tests ran under the race detector: Surefire's default-test in " +
        'target/test-classes with includes **/*IT.java selected none'
assert log.contains(includes) : "build.log does not contain: ${includes}"

['target/maprace-defaults', 'target/maprace-includes'].each { d ->
    File dir = new File(basedir, d)
    def sarif = new JsonSlurper().parse(new File(dir, 'maprace.sarif'))
    assert sarif.runs[0].results.any { it.ruleId == 'CHECK_THEN_ACT' } : "static findings missing in ${d}"
    assertNotification(sarif, 'No tests ran under the race detector')
    new XmlSlurper().parse(new File(dir, 'maprace.xml'))
    assert new File(dir, 'maprace.html').isFile()
}
println "${basedir.name}: no matching tests is a warning, static findings kept - ok"
return true
