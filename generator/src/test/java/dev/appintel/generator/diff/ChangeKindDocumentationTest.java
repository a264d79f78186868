package dev.appintel.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classification table in {@code docs/ci.md} says what the code does, kind by kind. */
class ChangeKindDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "ci.md");

    @Test
    void everyKindIsInTheTableWithItsTitleAndClass() throws Exception {
        List<String> rows = Files.readAllLines(DOC).stream().filter(line -> line.startsWith("| ")).toList();

        for (ChangeKind kind : ChangeKind.values()) {
            String prefix = "| " + kind.title() + " | `" + kind.name() + "` | " + kind.impact().label() + " |";
            assertThat(rows).as("the row of " + kind + " in " + DOC).anyMatch(row -> row.startsWith(prefix));
        }
    }
}
