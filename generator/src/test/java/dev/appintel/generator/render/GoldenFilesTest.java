package dev.appintel.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GoldenFilesTest {

    private static final Path SAMPLE = Path.of("src/test/resources/golden-files-test/sample");
    private static final List<GeneratedFile> SAMPLE_FILES = List.of(
            new GeneratedFile("a/One.txt", "one\ntwo\n"), new GeneratedFile("b/Two.txt", "two\n"));

    @Test
    void matchingFilesPass() {
        assertThatCode(() -> GoldenFiles.check(SAMPLE, SAMPLE_FILES, false)).doesNotThrowAnyException();
    }

    @Test
    void theFailureListsDifferingMissingAndExtraFiles() {
        assertThatThrownBy(() -> GoldenFiles.check(SAMPLE, List.of(
                new GeneratedFile("a/One.txt", "one\nTWO\n"), new GeneratedFile("c/Three.txt", "three\n")), false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-Dappintel.golden.update=true")
                .hasMessageContaining("differs: a/One.txt (line 2)\n      golden:    two\n      generated: TWO")
                .hasMessageContaining("missing from the golden copies: c/Three.txt")
                .hasMessageContaining("extra in the golden copies: b/Two.txt");
    }

    @Test
    void updatingWritesChangedAndNewFilesAndDeletesStaleOnes() throws IOException {
        Path dir = Path.of("target/golden-files-test/update");
        GoldenFiles.check(dir, SAMPLE_FILES, true);

        GoldenFiles.check(dir, List.of(new GeneratedFile("a/One.txt", "one\nTWO\n"),
                new GeneratedFile("c/Three.txt", "three\n")), true);

        assertThat(Files.readString(dir.resolve("a/One.txt"))).isEqualTo("one\nTWO\n");
        assertThat(Files.readString(dir.resolve("c/Three.txt"))).isEqualTo("three\n");
        assertThat(dir.resolve("b")).doesNotExist();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2);
        }
    }

    @Test
    void theFirstDifferenceNamesTheEndOfTheShorterFile() {
        assertThat(GoldenFiles.firstDifference("a\nb\n", "a\n")).isEqualTo(" (line 2)\n      golden:    b\n"
                + "      generated: <end of file>");
        assertThat(GoldenFiles.firstDifference("a\n", "a\r\n")).isEqualTo(" (line breaks differ)");
    }
}
