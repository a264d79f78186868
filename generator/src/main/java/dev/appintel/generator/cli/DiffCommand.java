package dev.appintel.generator.cli;

import dev.appintel.generator.diff.ChangeReport;
import dev.appintel.generator.diff.ChangelogSection;
import dev.appintel.generator.diff.ConsoleReport;
import dev.appintel.generator.diff.JsonReport;
import dev.appintel.generator.diff.MarkdownReport;
import dev.appintel.generator.diff.ReportFiles;
import dev.appintel.generator.diff.SpecDiff;
import dev.appintel.generator.load.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appintel diff}: the changes from a baseline spec to the current one, each with its class. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compares the spec with a baseline and classes each change: breaking for clients, "
                + "breaking for mock users, or safe.")
final class DiffCommand implements Callable<Integer> {

    /** Exit code when breaking changes were found and {@code --fail-on-breaking} was given. */
    static final int BREAKING = 4;

    /** How the report is printed. */
    enum Format {
        console, markdown, json, changelog
    }

    @Spec
    private CommandSpec command;

    @Option(names = "--baseline", required = true, paramLabel = "<file>", description = "The spec to compare with.")
    private Path baseline;

    @Option(names = "--spec", required = true, paramLabel = "<file>", description = "The current spec.")
    private Path spec;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "console",
            description = "How to print the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--report-dir", paramLabel = "<dir>",
            description = "Also write the report there as " + ReportFiles.MARKDOWN + ", " + ReportFiles.JSON + " and "
                    + ReportFiles.CHANGELOG + ".")
    private Path reportDirectory;

    @Option(names = "--fail-on-breaking", description = "Exit with code " + BREAKING + " when a change is breaking.")
    private boolean failOnBreaking;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        ChangeReport report;
        try {
            report = new SpecDiff().compare(baseline.getFileName() + " (baseline)", read(baseline),
                    spec.getFileName().toString(), read(spec));
        } catch (SpecException e) {
            e.problems().forEach(problem -> err.println(problem.describe(e.file())));
            return GenerateCommand.SPEC_PROBLEMS;
        } catch (UncheckedIOException e) {
            err.println("appintel: " + e.getMessage());
            return GenerateCommand.FAILED;
        }
        out.print(render(report));
        out.flush();
        if (reportDirectory != null) {
            try {
                ReportFiles.write(report, reportDirectory);
            } catch (UncheckedIOException e) {
                err.println("appintel: " + e.getMessage());
                return GenerateCommand.FAILED;
            }
        }
        return failOnBreaking && report.hasBreakingChanges() ? BREAKING : 0;
    }

    private String render(ChangeReport report) {
        return switch (format) {
            case console -> ConsoleReport.summary(report) + "\n" + indented(ConsoleReport.lines(report))
                    + headed(ConsoleReport.clientApi(report));
            case markdown -> MarkdownReport.render(report);
            case json -> JsonReport.render(report);
            case changelog -> ChangelogSection.render(report);
        };
    }

    /** The first line as a heading, the others indented under it. */
    private static String headed(List<String> lines) {
        return lines.get(0) + "\n" + indented(lines.subList(1, lines.size()));
    }

    private static String indented(List<String> lines) {
        return lines.stream().map(line -> "  " + line + "\n").collect(Collectors.joining());
    }

    /** A spec file's bytes; a missing or unreadable file is an {@link UncheckedIOException} naming it. */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such spec file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
