// JaCoCo reports the same covered lines and branches per class whether maprace's agent comes
// first or second in argLine, and the same as without maprace (PITFALLS: an agent that rewrites a
// class before JaCoCo sees it makes JaCoCo's execution data mismatch: 0% coverage).

String log = new File(basedir, 'build.log').getText('UTF-8')

/** class -> "lines covered/missed, branches covered/missed" from one run's jacoco.csv */
static Map<String, String> coverage(File csv) {
    assert csv.isFile() : "missing ${csv}"
    List<String> lines = csv.readLines('UTF-8')
    List<String> header = lines[0].split(',') as List
    Map<String, String> out = [:]
    lines.drop(1).each { l ->
        List<String> f = l.split(',') as List
        def col = { String name -> f[header.indexOf(name)] }
        out[col('PACKAGE') + '.' + col('CLASS')] = "lines ${col('LINE_COVERED')}/${col('LINE_MISSED')}, " +
                "branches ${col('BRANCH_COVERED')}/${col('BRANCH_MISSED')}"
    }
    return out
}

def plain = coverage(new File(basedir, 'target/coverage-plain/jacoco.csv'))
def mapraceFirst = coverage(new File(basedir, 'target/coverage-maprace-first/jacoco.csv'))
def jacocoFirst = coverage(new File(basedir, 'target/coverage-jacoco-first/jacoco.csv'))
assert !(plain['com.example.orders.OrderPricer'] ?: 'lines 0/').startsWith('lines 0/') :
        "the reference run should cover OrderPricer: ${plain}"
assert mapraceFirst == plain : "maprace's agent first changed JaCoCo's coverage:\n${mapraceFirst}\nvs\n${plain}"
assert jacocoFirst == plain : "JaCoCo's agent first changed JaCoCo's coverage:\n${jacocoFirst}\nvs\n${plain}"
assert !log.contains('does not match')

// both orders really happened
def argLines = log.readLines().findAll { it.contains('maprace: argLine set to') }
assert argLines.size() == 2 : argLines
assert argLines[0].indexOf('maprace-agent') < argLines[0].indexOf('org.jacoco.agent') : argLines[0]
def jacocoLine = log.readLines().findAll { it.contains('argLine set to') && !it.contains('maprace:') }.last()
assert jacocoLine.indexOf('org.jacoco.agent') < jacocoLine.indexOf('maprace-agent') : jacocoLine

println "goal-jacoco-agent-order: the same coverage in both agent orders and without maprace: ${plain} - ok"
return true
