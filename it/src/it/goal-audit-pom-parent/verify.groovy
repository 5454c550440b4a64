// goal-audit-pom-parent: audit and check bound in a pom-packaging parent skip it (no "no compiled
// tests" warning, no empty report) and run in the module; maprace is a site report but no
// maven-site-plugin is pinned, so the audit says which version to pin before a site build fails
// (Maven 3.9, the wrapper's, binds site 3.12.1 when the pom pins none).
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] maprace: audit skipped for a pom-packaging project')
assert log.contains('[INFO] maprace: check skipped for a pom-packaging project')
assert !log.contains('no compiled tests') : 'the pom-packaging parent must not be told it has no compiled tests'
assert !new File(basedir, 'target/maprace').exists() : 'the parent must not get an empty report'

File core = new File(basedir, 'core/target/maprace/maprace.xml')
assert core.isFile() : "the module's report is missing: ${core}"
assert log =~ /(?m)^\[INFO\] maprace: 0 static findings? \(0 errors?\), 0 races, 0 atomicity violations? in 1 test$/
assert log.contains('[INFO] maprace: check passed, no finding fails the build')

assert log =~ /(?m)^\[WARNING\] maprace: maven-site-plugin 3\.12\.1, the version this build uses, is too old .*the maprace site report needs 3\.20\.0 or later.*<artifactId>maven-site-plugin<\/artifactId><version>3\.21\.0<\/version>/ :
        'no warning naming the site plugin version to pin'

// maprace:help lists every goal, and details one goal's parameters with their properties
['audit', 'check', 'prepare-agent', 'report', 'aggregate', 'baseline', 'help'].each { goal ->
    assert log.contains("maprace:${goal}") : "maprace:help does not list ${goal}"
}
assert log =~ /haltOnFailure/ : 'maprace:help should document the audit\'s haltOnFailure'
assert log =~ /dataFile[\s\S]*User property: maprace\.dataFile/ : 'maprace:help -Ddetail -Dgoal=check should list dataFile'

println 'goal-audit-pom-parent: pom parent skipped, module audited, site plugin advice given - ok'
return true
