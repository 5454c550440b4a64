import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
def warning = log.readLines().find { it.startsWith('[WARNING] maprace: Dynamic pass skipped: no compiled tests in') }
assert warning : 'no warning that the tests were never compiled'
assert warning.contains("mvn test-compile maprace:audit") : warning
assert !new File(basedir, 'target/test-classes').exists()

File dir = new File(basedir, 'target/maprace')
def sarif = new JsonSlurper().parse(new File(dir, 'maprace.sarif'))
assert sarif.runs[0].results.any { it.ruleId == 'CHECK_THEN_ACT' } : 'the static pass should still run'
new XmlSlurper().parse(new File(dir, 'maprace.xml'))
assert new File(dir, 'maprace.html').isFile()
println "${basedir.name}: ${warning} - ok"
return true
