package io.github.maprace.agent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/tmp/target/maprace", "/tmp/with,comma/and,more", "/tmp/with space/x y",
            "/tmp/a=b/c==d", "/tmp/ünïcödé/日本語/😀", "/tmp/percent%20not%encoded", "/tmp/plus+sign",
            "relative/dir", "C:\\Users\\me\\proj,1\\target"})
    void shouldRoundTripAnOutputPath(String path) {
        AgentOptions options = new AgentOptions(Path.of(path), List.of(), List.of());

        AgentOptions parsed = AgentOptions.parse(options.format());

        assertThat(parsed.output()).isEqualTo(Path.of(path));
        assertThat(parsed.includes()).isEmpty();
        assertThat(parsed.excludes()).isEmpty();
    }

    @Test
    void shouldRoundTripIncludesAndExcludes() {
        AgentOptions options = new AgentOptions(Path.of("/tmp/out, with=odd chars"),
                List.of("com.acme.*", "org.example.Cache"), List.of("com.acme.generated.*", "*$Proxy*"));

        String text = options.format();
        AgentOptions parsed = AgentOptions.parse(text);

        assertThat(text).doesNotContain(" ").startsWith("output=");
        assertThat(text.split(",")).hasSize(3);
        assertThat(parsed.output()).isEqualTo(options.output());
        assertThat(parsed.includes()).containsExactly("com.acme.*", "org.example.Cache");
        assertThat(parsed.excludes()).containsExactly("com.acme.generated.*", "*$Proxy*");
    }

    @Test
    void shouldFormatOnlyTheOutputWhenThereAreNoGlobs() {
        assertThat(new AgentOptions(Path.of("out"), List.of(), List.of()).format()).isEqualTo("output=out");
    }

    @Test
    void shouldIgnoreBlankGlobsAndTrimTheRest() {
        AgentOptions parsed = AgentOptions.parse("output=out,includes=%20com.a.*%20::com.b.*,excludes=");

        assertThat(parsed.includes()).containsExactly("com.a.*", "com.b.*");
        assertThat(parsed.excludes()).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownKeyNamingIt() {
        assertThatThrownBy(() -> AgentOptions.parse("output=out,verbose=true"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option 'verbose'");
    }

    @Test
    void shouldRejectAMalformedPair() {
        assertThatThrownBy(() -> AgentOptions.parse("output=out,justakey"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed option 'justakey'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "output=", "includes=com.acme.*"})
    void shouldRejectAMissingOutput(String text) {
        assertThatThrownBy(() -> AgentOptions.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option 'output' is required");
    }

    @Test
    void shouldRejectANullOptionsStringAsMissingOutput() {
        assertThatThrownBy(() -> AgentOptions.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'output' is required");
    }

    @Test
    void shouldCopyTheGlobLists() {
        List<String> includes = new java.util.ArrayList<>(List.of("a.*"));
        AgentOptions options = new AgentOptions(Path.of("out"), includes, List.of());

        includes.add("b.*");

        assertThat(options.includes()).containsExactly("a.*");
    }

    @Test
    void shouldCarryTheForkTimeoutAndLeaveItOutWhenThereIsNone() {
        AgentOptions timed = new AgentOptions(Path.of("/out"), List.of(), List.of(), 32, 600);
        assertThat(timed.format()).endsWith(",timeout=600");
        assertThat(AgentOptions.parse(timed.format()).timeoutSeconds()).isEqualTo(600);
        assertThat(new AgentOptions(Path.of("/out"), List.of(), List.of()).format()).doesNotContain("timeout");
        assertThat(AgentOptions.parse("output=%2Fout").timeoutSeconds()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgentOptions.parse("output=%2Fout,timeout=soon"))
                .hasMessageContaining("timeout must be a number of seconds");
    }

    @Test
    void shouldCarryThePerturbationSeedOnlyWhenPerturbing() {
        AgentOptions plain = new AgentOptions(Path.of("/out"), List.of(), List.of(), 32, 600);
        assertThat(plain.format()).doesNotContain("perturb");
        assertThat(AgentOptions.parse(plain.format()).perturbSeed()).isNull();
        AgentOptions perturbing = plain.withPerturbation(-8_123_456_789L);
        assertThat(perturbing.format()).endsWith(",perturb=-8123456789");
        assertThat(AgentOptions.parse(perturbing.format()).perturbSeed()).isEqualTo(-8_123_456_789L);
        assertThat(AgentOptions.parse(perturbing.format()).timeoutSeconds()).isEqualTo(600);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgentOptions.parse("output=%2Fout,perturb=yes"))
                .hasMessageContaining("perturb must be a seed");
    }
}
