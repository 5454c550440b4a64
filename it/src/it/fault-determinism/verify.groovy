import static io.github.maprace.it.FaultReports.assertRaceReported

String log = new File(basedir, 'build.log').getText('UTF-8')

['maprace.xml', 'maprace.html', 'maprace.sarif'].each { name ->
    File a = new File(basedir, "target/run1/${name}")
    File b = new File(basedir, "target/run2/${name}")
    assert a.isFile() && b.isFile() : "missing ${a} or ${b}"
    if (!Arrays.equals(a.bytes, b.bytes)) {
        List<String> la = a.readLines('UTF-8')
        List<String> lb = b.readLines('UTF-8')
        int i = (0..<Math.min(la.size(), lb.size())).find { la[it] != lb[it] } ?: Math.min(la.size(), lb.size())
        assert false : "${name} differs between two runs at line ${i + 1}:\n  ${la[i]}\n  ${lb[i]}"
    }
}
def sarif = assertRaceReported(new File(basedir, 'target/run1'))
assert sarif.runs[0].results.find { it.ruleId == 'DATA_RACE' }.properties.threads.toString()
        .contains('<script>alert(1)</script>')

String html = new File(basedir, 'target/run1/maprace.html').getText('UTF-8')
assert html.contains('&lt;script&gt;alert(1)&lt;/script&gt;') : 'the thread name should be escaped text'
assert html.contains('&lt;script&gt;alert(3)&lt;/script&gt;') : 'the failure message should be escaped text'
assert !html.contains('<script>alert(') : 'markup from the tests reached maprace.html unescaped'
println "${basedir.name}: two runs, identical reports, markup escaped - ok"
return true
