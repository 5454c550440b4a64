package io.github.maprace.plugin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    @TempDir
    Path dir;

    private SourceText text(String source) throws IOException {
        Path file = dir.resolve("A.java");
        Files.writeString(file, source);
        return SourceText.read(file);
    }

    @Test
    void shouldSeeNamesInCodeAndLiteralsButNotInComments() throws IOException {
        SourceText text = text("""
                /** Uses {@link Linked} and see Javadoc */
                class A extends Base { // Trailing
                    String s = "Quoted // not a comment /* either */ Inside";
                    char c = '"'; Later later;
                    String block = \"""
                        Block "quotes" Text
                        \""";
                    /* Hidden */ Visible v;
                }
                """);

        assertThat(text.identifiers()).contains("A", "Base", "Quoted", "Inside", "Later", "Block", "Text", "Visible")
                .doesNotContain("Linked", "Javadoc", "Trailing", "Hidden");
        assertThat(text.mentions("Base")).isTrue();
        assertThat(text.mentions("Bas")).isFalse();
        assertThat(text.mentionsAny(Set.of("Hidden", "Visible"))).isTrue();
        assertThat(text.mentionsAny(Set.of("Hidden", "Linked"))).isFalse();
    }

    @Test
    void shouldKeepCodeAfterAnUnterminatedLiteral() throws IOException {
        SourceText text = text("class A { String s = \"broken;\n Other o; }\n");

        assertThat(text.mentions("Other")).isTrue();
    }

    @Test
    void shouldHashTheBytes() throws IOException {
        assertThat(text("class A {}").hash()).isEqualTo(text("class A {}").hash()).hasSize(64);
        assertThat(text("class A {}").hash()).isNotEqualTo(text("class A { }").hash());
    }
}
