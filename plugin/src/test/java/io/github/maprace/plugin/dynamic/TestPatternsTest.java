package io.github.maprace.plugin.dynamic;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TestPatternsTest {

    private static boolean matches(String pattern, String className) {
        return Pattern.matches(TestPatterns.toRegex(pattern), className);
    }

    @Test
    void shouldMatchSurefireFilePatternInAnyPackage() {
        String p = "**/*Test.java";

        assertThat(matches(p, "com.acme.CacheTest")).isTrue();
        assertThat(matches(p, "com.acme.deep.er.CacheTest")).isTrue();
        assertThat(matches(p, "CacheTest")).as("default package").isTrue();
        assertThat(matches(p, "com.acme.Test")).isTrue();
        assertThat(matches(p, "com.acme.CacheTests")).isFalse();
        assertThat(matches(p, "com.acme.Cache")).isFalse();
        assertThat(matches(p, "com.acmeXCacheTest")).as("dot is literal").isTrue();
    }

    @Test
    void shouldMatchAClassNameGlobWithinOnePackage() {
        String p = "com.acme.*Test";

        assertThat(matches(p, "com.acme.CacheTest")).isTrue();
        assertThat(matches(p, "com.acme.Test")).isTrue();
        assertThat(matches(p, "com.acme.sub.CacheTest")).as("* stays in one segment").isFalse();
        assertThat(matches(p, "comXacme.CacheTest")).as("dot is literal").isFalse();
        assertThat(matches(p, "org.acme.CacheTest")).isFalse();
    }

    @Test
    void shouldMatchAPrefixPatternInAnyPackage() {
        String p = "**/It*";

        assertThat(matches(p, "com.acme.ItCache")).isTrue();
        assertThat(matches(p, "ItCache")).isTrue();
        assertThat(matches(p, "com.acme.CacheIt")).isFalse();
        assertThat(matches(p, "com.It.Cache")).as("the prefix applies to the simple name").isFalse();
    }

    @Test
    void shouldAcceptBackslashesAndClassSuffix() {
        assertThat(matches("**\\*IT.class", "com.acme.CacheIT")).isTrue();
        assertThat(matches("com/acme/**", "com.acme.a.b.C")).isTrue();
        assertThat(matches("com/acme/**", "org.acme.C")).isFalse();
    }

    @Test
    void shouldQuoteRegexCharacters() {
        assertThat(matches("com.acme.Outer$Inner", "com.acme.Outer$Inner")).isTrue();
        assertThat(matches("a+b", "aab")).isFalse();
        assertThat(matches("a+b", "a+b")).isTrue();
    }

    @Test
    void shouldSkipNullAndBlankPatterns() {
        List<String> regexes = TestPatterns.toRegexes(Arrays.asList("**/*Test.java", null, " ", "", " com.a.*IT "));

        assertThat(regexes).hasSize(2);
        assertThat(Pattern.matches(regexes.get(1), "com.a.FooIT")).as("patterns are trimmed").isTrue();
    }
}
