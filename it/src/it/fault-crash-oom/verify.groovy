import static io.github.maprace.it.FaultReports.assertNotification
import static io.github.maprace.it.FaultReports.assertRaceReported

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD FAILURE')

String oom = 'The test run was aborted while running ' +
        'com.example.stock.ZyOutOfMemoryTest#loadsTheWholeCatalogIntoMemory by java.lang.OutOfMemoryError: ' +
        'Java heap space'
assert log.contains(oom) : "build.log does not contain: ${oom}"
assert log.contains('give the test JVM more heap with jvmArgs')
def oomSarif = assertRaceReported(new File(basedir, 'target/maprace-oom'))
assertNotification(oomSarif, oom)

String halt = 'The test JVM died without shutting down (exit status 137, which is also how signal 9 looks) ' +
        'while running com.example.stock.ZzHaltTest#haltsTheJvm: Runtime.halt()'
assert log.contains(halt) : "build.log does not contain: ${halt}"
def haltSarif = assertRaceReported(new File(basedir, 'target/maprace-halt'))
assertNotification(haltSarif, halt)

println "${basedir.name}: OutOfMemoryError and Runtime.halt reported with their tests - ok"
return true
