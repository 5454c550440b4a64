package io.github.maprace.it

import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

/**
 * Checks shared by the fault-* projects' verify.groovy: each of them runs a racy test
 * (AaRestockRaceTest) before its fault, and the race must survive the fault in all three reports.
 */
class FaultReports {

    /** The three reports in dir exist and parse, and hold exactly the race of AaRestockRaceTest. */
    static def assertRaceReported(File dir) {
        File sarifFile = new File(dir, 'maprace.sarif')
        assert sarifFile.isFile() : "missing ${sarifFile}"
        def sarif = new JsonSlurper().parse(sarifFile)
        def races = sarif.runs[0].results.findAll { it.ruleId == 'DATA_RACE' }
        assert races.size() == 1 : "expected the one race found before the fault, got ${races}"
        String test = races[0].properties?.test?.toString()
        assert test?.contains('AaRestockRaceTest#restockerAndReaderShareAHashMap') : "race names test ${test}"
        File xml = new File(dir, 'maprace.xml')
        assert xml.isFile() : "missing ${xml}"
        new XmlSlurper().parse(xml)
        assert xml.getText('UTF-8').contains('DATA_RACE')
        File html = new File(dir, 'maprace.html')
        assert html.isFile() : "missing ${html}"
        assert html.getText('UTF-8').contains('AaRestockRaceTest')
        return sarif
    }

    /** The SARIF run says the execution was not successful and carries the cause as a notification. */
    static void assertNotification(def sarif, String cause) {
        def invocation = sarif.runs[0].invocations[0]
        assert invocation.executionSuccessful == false
        def texts = invocation.toolExecutionNotifications*.message*.text
        assert texts.any { it.contains(cause) } : "no SARIF notification contains '${cause}': ${texts}"
    }
}
