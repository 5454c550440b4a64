package io.github.maprace.agent.instrument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassFilterTest {
    private final ClassFilter all = new ClassFilter(List.of(), List.of());

    @ParameterizedTest
    @ValueSource(strings = {"java.util.HashMap", "javax.swing.JFrame", "jdk.internal.misc.Unsafe",
            "sun.misc.Unsafe", "com.sun.tools.Foo", "org.xml.sax.Parser", "org.w3c.dom.Node",
            "io.github.maprace.agent.runtime.MapHooks", "io.github.maprace.agent.Agent", "net.bytebuddy.ByteBuddy",
            "org.junit.jupiter.api.Test", "junit.framework.TestCase", "org.opentest4j.AssertionFailedError",
            "org.testng.reporters.EmailableReporter2",
            "org.apiguardian.api.API", "org.apache.maven.Mojo", "org.codehaus.plexus.Foo", "org.jacoco.agent.rt.RT",
            "org.mockito.Mockito", "org.objenesis.Objenesis", "org.assertj.core.api.Assertions",
            "org.hamcrest.Matcher", "kotlin.collections.MapsKt", "scala.collection.Map"})
    void shouldNeverInstrumentTheJdkToolingOrTheAgent(String className) {
        assertThat(all.instrument(className)).isFalse();
        assertThat(new ClassFilter(List.of("*"), List.of()).instrument(className))
                .as("an include cannot override the built-in exclusions").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.acme.Foo$$Lambda$14/0x0000000800c0b000", "com.acme.Foo$ByteBuddy$abc",
            "com.acme.Foo$MockitoMock$123"})
    void shouldNeverInstrumentGeneratedClasses(String className) {
        assertThat(all.instrument(className)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.acme.Cache", "Default", "org.example.inner.Outer$Inner",
            "io.github.maprace.plugin.AuditMojo", "javafoo.Bar", "junitx.Helper"})
    void shouldInstrumentProjectClassesByDefault(String className) {
        assertThat(all.instrument(className)).isTrue();
    }

    @Test
    void shouldInstrumentOnlyIncludedClassesWhenIncludesAreGiven() {
        ClassFilter filter = new ClassFilter(List.of("com.acme.*", "org.example.Exact"), List.of());

        assertThat(filter.instrument("com.acme.Cache")).isTrue();
        assertThat(filter.instrument("com.acme.deep.Nested$Inner")).isTrue();
        assertThat(filter.instrument("org.example.Exact")).isTrue();
        assertThat(filter.instrument("org.example.Exactly")).isFalse();
        assertThat(filter.instrument("com.acmex.Cache")).isFalse();
        assertThat(filter.instrument("org.other.Thing")).isFalse();
    }

    @Test
    void shouldLetExcludesWinOverIncludes() {
        ClassFilter filter = new ClassFilter(List.of("com.acme.*"), List.of("com.acme.generated.*", "*Test"));

        assertThat(filter.instrument("com.acme.Cache")).isTrue();
        assertThat(filter.instrument("com.acme.generated.Stub")).isFalse();
        assertThat(filter.instrument("com.acme.CacheTest")).isFalse();
    }

    @Test
    void shouldTreatGlobCharactersOtherThanStarLiterally() {
        ClassFilter filter = new ClassFilter(List.of("com.acme.Foo$*", "a+b.[x]"), List.of());

        assertThat(filter.instrument("com.acme.Foo$Inner")).isTrue();
        assertThat(filter.instrument("com.acme.FooXInner")).isFalse();
        assertThat(filter.instrument("comXacme.Foo$Inner")).as("dot is not a regex wildcard").isFalse();
        assertThat(filter.instrument("a+b.[x]")).isTrue();
        assertThat(filter.instrument("aab.x")).isFalse();
    }
}
