package dev.appintel.generator.probe;

import dev.appintel.generator.write.ReportFile;
import java.nio.file.Path;
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
     * @throws java.io.UncheckedIOException naming the file that could not be written
     */
    public static List<Path> write(ProbeReport report, Path directory) {
        return List.of(ReportFile.write(directory.resolve(MARKDOWN), MarkdownProbeReport.render(report)),
                ReportFile.write(directory.resolve(JSON), JsonProbeReport.render(report)));
    }
}
