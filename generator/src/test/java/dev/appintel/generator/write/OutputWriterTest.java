package dev.appintel.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path temp;

    private final OutputWriter writer = new OutputWriter();

    private Path out() {
        return temp.resolve("out");
    }

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content);
    }

    private String read(String relativePath) throws IOException {
        return Files.readString(out().resolve(relativePath), StandardCharsets.UTF_8);
    }

    private void ageEverything() throws IOException {
        for (Path path : TreeSnapshot.paths(out())) {
            Files.setLastModifiedTime(path, LONG_AGO);
        }
    }

    @Test
    void firstWriteCreatesTheFilesAndAManifest() throws IOException {
        WriteResult result = writer.write(out(), List.of(file("b/B.java", "class B {}\n"), file("a/A.java", "class A {}\n")));

        assertThat(result).isEqualTo(new WriteResult(2, 0, 0));
        assertThat(read("a/A.java")).isEqualTo("class A {}\n");
        assertThat(read("b/B.java")).isEqualTo("class B {}\n");
        assertThat(read(OutputWriter.MANIFEST)).endsWith("\na/A.java\nb/B.java\n");
        assertThat(TreeSnapshot.paths(out())).map(path -> out().relativize(path).toString())
                .containsExactlyInAnyOrder("a", "a/A.java", "b", "b/B.java", OutputWriter.MANIFEST);
    }

    @Test
    void writesContentAsUtf8WithTheLineEndingsGiven() throws IOException {
        writer.write(out(), List.of(file("T.txt", "é\nline\r\nlast")));

        assertThat(Files.readAllBytes(out().resolve("T.txt")))
                .isEqualTo("é\nline\r\nlast".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rewritingTheSameFilesTouchesNothing() throws IOException {
        List<GeneratedFile> files = List.of(file("a/A.java", "A"), file("B.java", "B"));
        writer.write(out(), files);
        ageEverything();
        Map<String, String> before = TreeSnapshot.of(out());

        WriteResult result = writer.write(out(), files);

        assertThat(result).isEqualTo(new WriteResult(0, 2, 0));
        assertThat(TreeSnapshot.of(out())).isEqualTo(before);
    }

    @Test
    void writesOnlyTheFileThatChanged() throws IOException {
        writer.write(out(), List.of(file("a/A.java", "A"), file("B.java", "B")));
        ageEverything();

        WriteResult result = writer.write(out(), List.of(file("a/A.java", "A2"), file("B.java", "B")));

        assertThat(result).isEqualTo(new WriteResult(1, 1, 0));
        assertThat(read("a/A.java")).isEqualTo("A2");
        assertThat(Files.getLastModifiedTime(out().resolve("B.java"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out().resolve("a/A.java"))).isNotEqualTo(LONG_AGO);
    }

    @Test
    void removesFilesNoLongerProducedAndPrunesEmptyDirectories() throws IOException {
        writer.write(out(), List.of(file("gone/deep/Old.java", "old"), file("B.java", "B")));

        WriteResult result = writer.write(out(), List.of(file("B.java", "B")));

        assertThat(result).isEqualTo(new WriteResult(0, 1, 1));
        assertThat(out().resolve("gone")).doesNotExist();
        assertThat(read(OutputWriter.MANIFEST)).endsWith("\nB.java\n").doesNotContain("Old");
    }

    @Test
    void neverRemovesFilesItDidNotCreate() throws IOException {
        writer.write(out(), List.of(file("pkg/Old.java", "old"), file("B.java", "B")));
        Files.writeString(out().resolve("notes.txt"), "mine");
        Files.writeString(out().resolve("pkg/Keep.java"), "mine too");

        WriteResult result = writer.write(out(), List.of(file("B.java", "B")));

        assertThat(result.removed()).isEqualTo(1);
        assertThat(out().resolve("pkg/Old.java")).doesNotExist();
        assertThat(read("notes.txt")).isEqualTo("mine");
        assertThat(read("pkg/Keep.java")).isEqualTo("mine too");
    }

    @Test
    void neverDeletesOutsideTheOutputDirectoryWhateverTheManifestSays() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "keep");
        writer.write(out(), List.of(file("B.java", "B")));
        Files.writeString(out().resolve(OutputWriter.MANIFEST), "../outside.txt\nB.java\n");

        writer.write(out(), List.of(file("B.java", "B")));

        assertThat(outside).hasContent("keep");
    }

    @Test
    void theManifestDependsOnlyOnThePaths() throws IOException {
        writer.write(out(), List.of(file("b/B.java", "B"), file("A.java", "A")));
        String first = read(OutputWriter.MANIFEST);

        writer.write(temp.resolve("other"), List.of(file("A.java", "x"), file("b/B.java", "y")));

        assertThat(Files.readString(temp.resolve("other").resolve(OutputWriter.MANIFEST))).isEqualTo(first);
    }

    @Test
    void aFailedStagingLeavesThePreviousOutputUntouched() throws IOException {
        writer.write(out(), List.of(file("a/A.java", "A"), file("gone/Old.java", "old")));
        Files.createDirectories(out().resolve("c/C.java"));
        Files.writeString(out().resolve("c/C.java/inside.txt"), "in the way");
        ageEverything();
        Map<String, String> before = TreeSnapshot.of(out());

        assertThatThrownBy(() -> writer.write(out(),
                        List.of(file("a/A.java", "A2"), file("b/B.java", "B"), file("c/C.java", "C"), file("d/D.java", "D"))))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining("c/C.java")
                .hasMessageContaining("directory");

        assertThat(TreeSnapshot.of(out())).isEqualTo(before);
    }

    @Test
    void writesHundredsOfFilesStagedInParallelBatches() throws IOException {
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            files.add(file(String.format("p%03d/F.java", i), "file " + i));
        }

        assertThat(writer.write(out(), files)).isEqualTo(new WriteResult(300, 0, 0));

        for (int i = 0; i < 300; i++) {
            assertThat(read(String.format("p%03d/F.java", i))).isEqualTo("file " + i);
        }
        assertThat(out().resolve(".appintel-staging")).doesNotExist();
    }

    @Test
    void aFailedBatchNamesTheFirstFileInPathOrderAndLeavesThePreviousOutputUntouched() throws IOException {
        writer.write(out(), List.of(file("a/A.java", "A")));
        for (String inTheWay : List.of("p120/F.java", "p250/F.java")) {
            Files.createDirectories(out().resolve(inTheWay));
        }
        ageEverything();
        Map<String, String> before = TreeSnapshot.of(out());
        List<GeneratedFile> files = new ArrayList<>(List.of(file("a/A.java", "A2")));
        for (int i = 0; i < 300; i++) {
            files.add(file(String.format("p%03d/F.java", i), "file " + i));
        }

        assertThatThrownBy(() -> writer.write(out(), files))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining("p120/F.java")
                .hasMessageContaining("directory");

        assertThat(TreeSnapshot.of(out())).isEqualTo(before);
    }

    @Test
    void aFileWhereADirectoryIsNeededFailsBeforeAnythingChanges() throws IOException {
        writer.write(out(), List.of(file("a/A.java", "A")));
        Files.writeString(out().resolve("pkg"), "a file, not a directory");
        ageEverything();
        Map<String, String> before = TreeSnapshot.of(out());

        assertThatThrownBy(() -> writer.write(out(), List.of(file("a/A.java", "A2"), file("pkg/sub/P.java", "P"))))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining("pkg/sub/P.java")
                .hasMessageContaining("pkg is a file");

        assertThat(TreeSnapshot.of(out())).isEqualTo(before);
    }

    @Test
    void rejectsAPathThatIsAlsoAnotherFilesDirectoryBeforeWritingAnything() {
        assertThatThrownBy(() -> writer.write(out(), List.of(file("A.java", "A"), file("A.java/x", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A.java is both a file and the directory of A.java/x");

        assertThat(out()).doesNotExist();
    }

    @Test
    void rejectsTwoFilesWithOnePath() {
        assertThatThrownBy(() -> writer.write(out(), List.of(file("A.java", "1"), file("A.java", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A.java");
        assertThat(out()).doesNotExist();
    }

    @Test
    void rejectsPathsReservedForItsOwnBookkeeping() {
        assertThatThrownBy(() -> writer.write(out(), List.of(file(OutputWriter.MANIFEST, ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
    }

    @Test
    void cleansUpAStagingDirectoryLeftByACrashedRun() throws IOException {
        writer.write(out(), List.of(file("A.java", "A")));
        Files.createDirectories(out().resolve(".appintel-staging"));
        Files.writeString(out().resolve(".appintel-staging/1.tmp"), "left over");

        writer.write(out(), List.of(file("A.java", "A2")));

        assertThat(out().resolve(".appintel-staging")).doesNotExist();
    }
}
