import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def summary = (log =~ /maprace: \d+ static findings? \(\d+ errors?\), (\d+) races?, \d+ atomicity violations? in (\d+) tests?/)
assert summary.find() : "no maprace summary line in build.log"
assert summary.group(1) == '1' : "expected exactly the JUnit 4 race, got: ${summary.group(0)}"
// one JUnit 4 test plus three parameterized invocations
assert summary.group(2) == '4' : "expected 4 tests (1 vintage + 3 parameterized), got: ${summary.group(0)}"

def src = new File(basedir, 'src/test/java/com/example/legacy/LegacyRegistryTest.java').readLines()
def lineOf = { marker -> src.findIndexOf { it.contains(marker) } + 1 }
def expected = [lineOf('// race: legacy A'), lineOf('// race: legacy B')] as Set

def sarif = new JsonSlurper().parse(new File(basedir, 'target/maprace/maprace.sarif'))
def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
assert races.size() == 1 : "expected one DATA_RACE, got ${races.size()}"
def r = races[0]
def lines = [r.locations[0].physicalLocation.region.startLine, r.relatedLocations[0].physicalLocation.region.startLine] as Set
assert lines == expected : "race lines ${lines} != marked lines ${expected}"
assert r.properties.test.contains('LegacyRegistryTest') : "test not named: ${r.properties.test}"
assert r.properties.test.contains('registersFromTwoThreads') : "test method not named: ${r.properties.test}"
// -Dmaprace.history=0 (invoker.properties): the previous access has no stack, the current one does
assert r.stacks[0].frames.size() > 0 : "the current access lost its stack: ${r.stacks[0]}"
assert r.stacks[1].frames.isEmpty() : "history=0 still kept the previous access's stack: ${r.stacks[1]}"
return true
