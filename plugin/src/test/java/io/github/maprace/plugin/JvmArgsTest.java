package io.github.maprace.plugin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JvmArgsTest {

    @Test
    void shouldSplitOnWhitespace() {
        assertThat(JvmArgs.split("-Xmx1g  -ea\t-Dx=1\n-Dy=2 ")).containsExactly("-Xmx1g", "-ea", "-Dx=1", "-Dy=2");
    }

    @Test
    void shouldReadNullAndBlankAsNoArguments() {
        assertThat(JvmArgs.split(null)).isEmpty();
        assertThat(JvmArgs.split("")).isEmpty();
        assertThat(JvmArgs.split("   \t ")).isEmpty();
    }

    @Test
    void shouldKeepSpacesInsideDoubleQuotes() {
        assertThat(JvmArgs.split("-Dmsg=\"hello world\" -ea")).containsExactly("-Dmsg=hello world", "-ea");
    }

    @Test
    void shouldKeepSpacesInsideSingleQuotes() {
        assertThat(JvmArgs.split("'-Dpath=/a b/c' -ea")).containsExactly("-Dpath=/a b/c", "-ea");
    }

    @Test
    void shouldKeepTheOtherQuoteInsideQuotes() {
        assertThat(JvmArgs.split("\"it's\" '\"quoted\"'")).containsExactly("it's", "\"quoted\"");
    }

    @Test
    void shouldKeepAnEmptyQuotedArgument() {
        assertThat(JvmArgs.split("-a \"\" -b ''")).containsExactly("-a", "", "-b", "");
    }

    @Test
    void shouldJoinQuotedAndUnquotedPartsOfOneArgument() {
        assertThat(JvmArgs.split("-Dx=\"a b\"c'd e'")).containsExactly("-Dx=a bcd e");
    }

    @Test
    void shouldTakeAnUnclosedQuoteToTheEnd() {
        assertThat(JvmArgs.split("-a \"unclosed rest")).containsExactly("-a", "unclosed rest");
    }
}
