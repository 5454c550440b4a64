// atomicity-perturbation: four check-then-act bugs whose bad interleaving needs luck (two threads
// started together, a pool of two, two loops) are each reported at their act with perturbation on,
// the same jobs done atomically are not, and the report and the log name the seed.
import groovy.xml.XmlSlurper

String dir = 'src/main/java/com/example/guard/'
Map<String, Integer> acts = [:]
['BreakerRegistry', 'LeaseTable', 'SessionStore', 'HitCounter'].each { name ->
    List<String> lines = new File(basedir, dir + name + '.java').readLines('UTF-8')
    int act = lines.findIndexOf { it.contains('// act') } + 1
    assert act > 0
    acts[dir + name + '.java'] = act
}

def report = new XmlSlurper().parse(new File(basedir, 'target/maprace/maprace.xml'))
def atomicity = report.findings.finding.findAll { it.@rule.text() == 'ATOMICITY_VIOLATION' }
acts.each { uri, line ->
    assert atomicity.find { it.location.@uri.text() == uri && it.location.@line.text() == "${line}" } :
            "no ATOMICITY_VIOLATION at ${uri}:${line}; found ${atomicity.collect { it.location.@uri.text() + ':' + it.location.@line.text() }}"
}
assert atomicity.size() == acts.size() : "one finding per check-then-act: ${atomicity.collect { it.location.@uri.text() + ':' + it.location.@line.text() }}"
def dynamic = report.findings.finding.findAll { it.@origin.text() == 'dynamic' }
assert !dynamic.find { it.location.@uri.text().endsWith('SafeGuards.java') } : 'the atomic variants were reported'
assert !dynamic.find { it.@rule.text() == 'DATA_RACE' } : 'a concurrent or synchronized map has no data race'

assert report.summary.@perturbSeed.text() == '20261207'
assert report.summary.@failedTests.text() == '0'
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /maprace: perturbation \(seed 20261207\): \d+ delays, [\d,]+ ms added/
String html = new File(basedir, 'target/maprace/maprace.html').getText('UTF-8')
assert html.contains('Perturbed run (check-then-act windows widened), seed 20261207')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
assert sarif.runs[0].invocations[0].properties.perturbSeed == 20261207
true
