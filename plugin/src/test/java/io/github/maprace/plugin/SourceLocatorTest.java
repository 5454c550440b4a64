package io.github.maprace.plugin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceLocatorTest {
    @TempDir
    Path base;

    private SourceLocator locator;

    @BeforeEach
    void createRoots() throws IOException {
        Path main = base.resolve("src/main/java");
        Path test = base.resolve("src/test/java");
        touch(main.resolve("a/b/Service.java"));
        touch(test.resolve("a/b/Outer.java"));
        touch(test.resolve("a/b/Helpers.java"));
        touch(main.resolve("TopLevel.java"));
        locator = new SourceLocator(base, List.of(main, test));
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "// source");
    }

    @Test
    void shouldFindANestedClassInTheSecondRootByItsSourceFile() {
        assertThat(locator.uriOf("a.b.Outer$Inner", "Outer.java")).isEqualTo("src/test/java/a/b/Outer.java");
    }

    @Test
    void shouldFindANestedClassWithoutSourceFileByItsTopLevelName() {
        assertThat(locator.uriOf("a.b.Outer$Inner$1", "")).isEqualTo("src/test/java/a/b/Outer.java");
        assertThat(locator.uriOf("a.b.Outer$Inner", null)).isEqualTo("src/test/java/a/b/Outer.java");
    }

    @Test
    void shouldPreferTheSourceFileAttributeOverTheClassName() {
        assertThat(locator.uriOf("a.b.PackagePrivateHelper", "Helpers.java"))
                .isEqualTo("src/test/java/a/b/Helpers.java");
    }

    @Test
    void shouldSearchRootsInOrder() {
        assertThat(locator.uriOf("a.b.Service", "Service.java")).isEqualTo("src/main/java/a/b/Service.java");
    }

    @Test
    void shouldFindAClassInTheDefaultPackage() {
        assertThat(locator.uriOf("TopLevel", "TopLevel.java")).isEqualTo("src/main/java/TopLevel.java");
    }

    @Test
    void shouldFallBackToThePackagePathForAnUnknownClass() {
        assertThat(locator.uriOf("com.acme.Missing$Inner", "")).isEqualTo("com/acme/Missing.java");
        assertThat(locator.uriOf("com.acme.Missing", "Other.java")).isEqualTo("com/acme/Other.java");
        assertThat(locator.uriOf("Lonely", "")).isEqualTo("Lonely.java");
    }

    @Test
    void shouldNameAnEmptyClassUnknown() {
        assertThat(locator.uriOf("", "X.java")).isEqualTo("unknown");
        assertThat(locator.uriOf(null, "X.java")).isEqualTo("unknown");
    }

    @Test
    void shouldRelativizeInsideTheBaseAndKeepAbsolutePathsOutside() throws IOException {
        assertThat(locator.relativize(base.resolve("src/main/java/../java/a/b/Service.java")))
                .isEqualTo("src/main/java/a/b/Service.java");
        Path outside = Files.createTempFile("outside", ".java");
        try {
            assertThat(locator.relativize(outside)).isEqualTo(outside.toAbsolutePath().normalize().toString());
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void shouldUseRootsOutsideTheBaseDirectoryAsAbsolutePaths(@TempDir Path elsewhere) throws IOException {
        touch(elsewhere.resolve("x/Gen.java"));
        SourceLocator withGenerated = new SourceLocator(base, List.of(elsewhere));

        assertThat(withGenerated.uriOf("x.Gen", "Gen.java"))
                .isEqualTo(elsewhere.resolve("x/Gen.java").toAbsolutePath().normalize().toString());
    }
}
