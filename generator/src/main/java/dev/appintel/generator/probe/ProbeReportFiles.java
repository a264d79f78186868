package dev.appintel.generator.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a probe report's files into a directory: {@value #MARKDOWN} and {@value #JSON}. */
public final class ProbeReportFiles {

    /** The Markdown report's file name. */
    public static final String MARKDOWN = "probe-report.md";
    /** The JSON report's file name. */
    public static final String JSON = "probe-report.json";

    private ProbeReportFiles() {
    }

    /**
     * Writes both files, each replaced whole (written beside, then moved), and returns their paths.
     *
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static List<Path> write(ProbeReport report, Path directory) {
        return List.of(write(directory.resolve(MARKDOWN), MarkdownProbeReport.render(report)),
                write(directory.resolve(JSON), JsonProbeReport.render(report)));
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }
}
