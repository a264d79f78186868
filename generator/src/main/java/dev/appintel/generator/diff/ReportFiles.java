package dev.appintel.generator.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a report's files into a directory: Markdown, JSON and the changelog section. */
public final class ReportFiles {

    /** The Markdown report's file name. */
    public static final String MARKDOWN = "spec-changes.md";
    /** The JSON report's file name. */
    public static final String JSON = "spec-changes.json";
    /** The changelog section's file name. */
    public static final String CHANGELOG = "CHANGELOG-section.md";

    private ReportFiles() {
    }

    /**
     * Writes the three files, each replaced whole (written beside, then moved), and returns their paths.
     *
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static List<Path> write(ChangeReport report, Path directory) {
        return List.of(
                write(directory.resolve(MARKDOWN), MarkdownReport.render(report)),
                write(directory.resolve(JSON), JsonReport.render(report)),
                write(directory.resolve(CHANGELOG), ChangelogSection.render(report)));
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }
}
