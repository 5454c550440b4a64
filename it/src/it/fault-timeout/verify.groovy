import static io.github.maprace.it.FaultReports.assertNotification
import static io.github.maprace.it.FaultReports.assertRaceReported

String log = new File(basedir, 'build.log').getText('UTF-8')

int hangLine = new File(basedir, 'src/test/java/com/example/stock/ZzSupplierReplyTest.java').readLines('UTF-8')
        .findIndexOf { it.contains('// hang: here') } + 1

assert log.contains('BUILD FAILURE')
String cause = 'The test JVM ran past forkTimeout (10 s) and was killed while running ' +
        'com.example.stock.ZzSupplierReplyTest#waitsForTheSupplierReply (it was at ' +
        "com.example.stock.ZzSupplierReplyTest.waitsForTheSupplierReply(ZzSupplierReplyTest.java:${hangLine})"
assert log.contains(cause) : "build.log does not contain: ${cause}"
assert log.contains('raise forkTimeout')

File pidFile = new File(basedir, 'target/supplier.pid')
assert pidFile.isFile() : 'the hanging test did not start its helper process'
long pid = pidFile.text.trim() as long
assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "helper process ${pid} survived the timeout"

def sarif = assertRaceReported(new File(basedir, 'target/maprace'))
assertNotification(sarif, cause)
println "${basedir.name}: ${cause} - ok"
return true
