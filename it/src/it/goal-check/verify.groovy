// goal-check: reports say which finding failed the build, each finding is logged at the level of
// its effect, the site's maprace page exists after a failed audit, and maprace:check fails the
// build on the report afterwards. The reports get the mode any file Maven writes gets.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermission

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('maprace') }
assert runs.size() == 3 : "expected three builds in build.log, found ${runs.size()}"
String failure = /maprace: 1 finding fails the build \(DATA_RACE at src\/test\/java\/com\/example\/orders\/SharedHashMapTest\.java:\d+\)/

// 1: the audit halts the build; the race that does so is an [ERROR], with its summary line
assert runs[0].contains('BUILD FAILURE')
assert runs[0] =~ /(?m)^\[ERROR\] WARNING: DATA RACE on java\.util\.HashMap/
assert runs[0] =~ /(?m)^\[INFO\] maprace: \d+ static findings? \(0 errors?\), 1 race, 0 atomicity violations? in 1 test$/
assert runs[0] =~ failure

// 2: the site alone renders the report of the failed audit
assert runs[1].contains('BUILD SUCCESS') : 'run 2: site after a failed audit should succeed'
assert runs[1] =~ /Generating "maprace" report/ : 'run 2: the maprace page was not generated'

// 3: not halting, the audit says what would fail; the site is built; check fails the build
assert runs[2] =~ /(?m)^\[WARNING\] maprace: 1 finding fails the build \(DATA_RACE at .*\) - not halting \(haltOnFailure=false\): maprace:check decides/
int siteAt = runs[2].indexOf('Generating "maprace" report')
def checkRun = runs[2] =~ /maprace-maven-plugin:[^:\s]+:check/
int checkAt = checkRun.find() ? checkRun.start() : -1
assert siteAt > 0 && checkAt > siteAt : 'run 3: the site should be generated before check runs'
assert runs[2] =~ /(?m)^\[ERROR\] Failed to execute goal io\.github\.maprace:maprace-maven-plugin:[^:]+:check .*maprace: 1 finding fails the build/
assert runs[2].contains('BUILD FAILURE')

File page = new File(basedir, 'target/site/maprace.html')
assert page.isFile() : "missing ${page}"
String site = page.getText('UTF-8')
assert site.contains('1 finding fails the build.') && site.contains('fails the build')
assert site.contains('DATA_RACE')

File dir = new File(basedir, 'target/maprace')
String html = new File(dir, 'maprace.html').getText('UTF-8')
assert html.contains('<span class="verdict fails-build">fails the build</span>')
assert html.contains('1 finding fails the build')
assert new File(dir, 'maprace.xml').getText('UTF-8').contains('verdict="fails-build"')

// the mode Surefire's own report files got, i.e. the umask's: readable by the group and others under 022
File surefireReport = new File(basedir, 'target/surefire-reports').listFiles().find { it.name.endsWith('.txt') }
assert surefireReport : 'no Surefire report to compare modes with'
def usual = Files.getPosixFilePermissions(surefireReport.toPath())
['maprace.xml', 'maprace.html', 'maprace.sarif'].each { name ->
    def mode = Files.getPosixFilePermissions(new File(dir, name).toPath())
    assert mode == usual : "${name} has ${mode}, Maven's own files ${usual}"
}
assert usual.contains(PosixFilePermission.OTHERS_READ) || !usual.contains(PosixFilePermission.GROUP_READ) :
        "unexpected umask in this build: ${usual}"

println 'goal-check: verdicts in the reports, site after a failed audit, check fails last - ok'
return true
