package io.github.maprace.plugin.dynamic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SurefireReportsTest {
    @TempDir
    Path dir;

    @Test
    void shouldCountRunFailedAndSkippedTestsOfEveryReportFile() throws Exception {
        Files.writeString(dir.resolve("TEST-com.acme.ATest.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.acme.ATest" tests="4" failures="1" errors="1" skipped="1">
                  <properties><property name="java.version" value="17"/></properties>
                  <testcase name="passes" classname="com.acme.ATest" time="0.1"/>
                  <testcase name="fails" classname="com.acme.ATest" time="0.1">
                    <failure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError">stack</failure>
                    <system-out>noise</system-out>
                  </testcase>
                  <testcase name="breaks" classname="com.acme.ATest" time="0.1">
                    <error message="boom&#10;second line" type="java.lang.IllegalStateException">stack</error>
                  </testcase>
                  <testcase name="disabled" classname="com.acme.ATest" time="0"><skipped/></testcase>
                </testsuite>
                """);
        Files.createDirectories(dir.resolve("second-execution/junitreports"));
        Files.writeString(dir.resolve("second-execution/junitreports/TEST-com.acme.BTest.xml"), "<testsuite/>");
        Files.writeString(dir.resolve("second-execution/TEST-com.acme.BTest.xml"), """
                <testsuite name="com.acme.BTest"><testcase name="flaky" classname="com.acme.BTest">
                <flakyFailure message="once" type="java.lang.AssertionError"/></testcase></testsuite>
                """);
        Files.writeString(dir.resolve("com.acme.ATest.txt"), "not a report");

        SurefireReports.Summary s = SurefireReports.read(List.of(dir, dir.resolve("second-execution")));

        assertThat(s.classes()).isEqualTo(2);
        assertThat(s.tests()).isEqualTo(5);
        assertThat(s.failed()).isEqualTo(2);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.failures()).containsExactly(
                "com.acme.ATest#breaks: java.lang.IllegalStateException: boom",
                "com.acme.ATest#fails: org.opentest4j.AssertionFailedError: expected: <1> but was: <2>");
    }

    @Test
    void shouldReadAReportCutShortAsFarAsItGoesAndAMissingDirectoryAsNothing() throws Exception {
        Files.writeString(dir.resolve("TEST-com.acme.CTest.xml"),
                "<testsuite><testcase name=\"a\" classname=\"C\"/><testcase name=\"b\" classn");

        assertThat(SurefireReports.read(List.of(dir)).tests()).isEqualTo(1);
        assertThat(SurefireReports.read(List.of(dir.resolve("absent")))).isEqualTo(SurefireReports.Summary.NONE);
    }
}
