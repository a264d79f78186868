package dev.appintel.generator.diff;

import dev.appintel.generator.write.ReportFile;
import java.nio.file.Path;
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
     * @throws java.io.UncheckedIOException naming the file that could not be written
     */
    public static List<Path> write(ChangeReport report, Path directory) {
        return List.of(
                ReportFile.write(directory.resolve(MARKDOWN), MarkdownReport.render(report)),
                ReportFile.write(directory.resolve(JSON), JsonReport.render(report)),
                ReportFile.write(directory.resolve(CHANGELOG), ChangelogSection.render(report)));
    }
}
