package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class LogCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "", "tab\there", "new\nline", "cr\rlf\r\n", "back\\slash", "\\t literally",
            "trailing\\", "ünïcödé ✓ 日本語 😀", "a=b=c", "mixed\t\\n\n\\\\"})
    void shouldRoundTripAValue(String value) {
        String line = LogCodec.field(LogCodec.record("RACE"), "k", value).toString();

        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        assertThat(line.chars().filter(c -> c == '\t').count()).isEqualTo(1);
        assertThat(LogCodec.type(line)).isEqualTo("RACE");
        assertThat(LogCodec.fields(line)).containsExactly(entry("k", value));
    }

    @Test
    void shouldKeepFieldsInOrder() {
        StringBuilder r = LogCodec.record("COUNT");
        LogCodec.field(r, "id", "ab");
        LogCodec.field(r, "n", 3);
        LogCodec.field(r, "none", null);

        Map<String, String> f = LogCodec.fields(r.toString());

        assertThat(f).containsExactly(entry("id", "ab"), entry("n", "3"), entry("none", ""));
    }

    @Test
    void shouldReadATypeWithoutFields() {
        assertThat(LogCodec.type("SUMMARY")).isEqualTo("SUMMARY");
        assertThat(LogCodec.fields("SUMMARY")).isEmpty();
    }

    @Test
    void shouldSkipPartsWithoutAKey() {
        assertThat(LogCodec.fields("X\tnoequals\t=v\tk=v")).containsExactly(entry("k", "v"));
    }
}
