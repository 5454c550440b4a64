String log = new File(basedir, 'build.log').getText('UTF-8')

List<String> errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal io.github.maprace') }
assert errors.size() == 3 : "expected three failed invocations: ${errors}"
assert errors[0].contains("maprace: bad configuration: failOnSeverity must be error, warning, note or none, not 'fatal'")
assert errors[1].contains("maprace: bad configuration:") && errors[1].contains("format 'pdf'") &&
        errors[1].contains('xml, html, sarif') : errors[1]
assert errors[2].contains('maprace: bad configuration: forkTimeout must be 0 (no limit) or a number of seconds, not -5')
assert !new File(basedir, 'target/maprace').exists() : 'nothing should run with a bad configuration'
println "${basedir.name}: three bad values, three clear messages - ok"
return true
