package io.github.maprace.agent.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherArgumentsTest {

    @Test
    void shouldRoundTripEverySetting() {
        Path output = Path.of("/tmp/out dir/ü,=");
        List<Path> classes = List.of(Path.of("/p/target/test-classes"), Path.of("/p/other classes"));
        List<String> includes = List.of("^(.*\\.)?[^.]*Test$", "com\\.acme\\..*");
        List<String> excludes = List.of(".*IT$");

        List<String> args = LauncherArguments.format(output, classes, includes, excludes);
        LauncherArguments parsed = LauncherArguments.parse(args.toArray(String[]::new));

        assertThat(parsed.output()).isEqualTo(output);
        assertThat(parsed.classDirectories()).containsExactlyElementsOf(classes);
        assertThat(parsed.includes()).containsExactlyElementsOf(includes);
        assertThat(parsed.excludes()).containsExactlyElementsOf(excludes);
    }

    @Test
    void shouldFormatFlagValuePairs() {
        List<String> args = LauncherArguments.format(Path.of("out"), List.of(Path.of("c")), List.of("i"),
                List.of("e"));

        assertThat(args).containsExactly("--output", "out", "--classes", "c", "--include", "i", "--exclude", "e");
    }

    @Test
    void shouldRoundTripOnlyAnOutput() {
        LauncherArguments parsed = LauncherArguments.parse(
                LauncherArguments.format(Path.of("out"), List.of(), List.of(), List.of()).toArray(String[]::new));

        assertThat(parsed.output()).isEqualTo(Path.of("out"));
        assertThat(parsed.classDirectories()).isEmpty();
        assertThat(parsed.includes()).isEmpty();
        assertThat(parsed.excludes()).isEmpty();
    }

    @Test
    void shouldRejectAFlagWithoutValue() {
        assertThatThrownBy(() -> LauncherArguments.parse(new String[] {"--output", "out", "--classes"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing value after --classes");
    }

    @Test
    void shouldRejectAnUnknownArgument() {
        assertThatThrownBy(() -> LauncherArguments.parse(new String[] {"--output", "out", "--verbose", "yes"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown argument --verbose");
    }

    @Test
    void shouldRequireAnOutput() {
        assertThatThrownBy(() -> LauncherArguments.parse(new String[] {"--classes", "c"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--output is required");
        assertThatThrownBy(() -> LauncherArguments.parse(new String[0]))
                .hasMessage("--output is required");
    }
}
