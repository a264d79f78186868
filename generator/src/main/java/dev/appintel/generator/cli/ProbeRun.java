package dev.appintel.generator.cli;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.probe.ConsoleProbeReport;
import dev.appintel.generator.probe.Pacing;
import dev.appintel.generator.probe.Probe;
import dev.appintel.generator.probe.ProbeConfig;
import dev.appintel.generator.probe.ProbeReport;
import dev.appintel.generator.probe.ProbeReportFiles;
import dev.appintel.generator.probe.ProbeSpec;
import dev.appintel.generator.probe.Redactor;
import dev.appintel.generator.probe.ServiceUnreachableException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine;

/** One run of {@code appintel probe}: the options as a {@link ProbeConfig}, the probe, its exit code. */
final class ProbeRun {

    private final ProbeCommand options;
    private final String token;
    private final Redactor redactor;

    ProbeRun(ProbeCommand options, String token) {
        this.options = options;
        this.token = token;
        this.redactor = new Redactor(token);
    }

    /** Probes, prints the summary and the findings, and returns the exit code. */
    int execute(PrintWriter out, PrintWriter err) {
        ProbeConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            err.println("appintel: " + redactor.redact(e.getMessage()));
            return CommandLine.ExitCode.USAGE;
        }
        try {
            ProbeReport report = new Probe().run(config);
            for (String line : ConsoleProbeReport.lines(report)) {
                out.println(line);
            }
            out.println("appintel probe: report in " + config.outputDirectory().resolve(ProbeReportFiles.MARKDOWN)
                    + " and " + ProbeReportFiles.JSON);
            out.flush();
            if (report.operationsChecked() == 0) {
                err.println("appintel: " + report.baseUrl() + " answered no call with a success status: nothing was"
                        + " checked (is the token valid?)");
                return GenerateCommand.FAILED;
            }
            return report.hasDrift() ? ProbeCommand.DRIFT : 0;
        } catch (ProbeSpec.MissingSpecException e) {
            err.println("appintel: " + e.getMessage() + " with --spec");
            return CommandLine.ExitCode.USAGE;
        } catch (SpecException e) {
            e.problems().forEach(problem -> err.println(problem.describe(e.file())));
            return GenerateCommand.SPEC_PROBLEMS;
        } catch (ServiceUnreachableException e) {
            err.println("appintel: " + redactor.redact(e.getMessage()));
            return GenerateCommand.FAILED;
        } catch (RuntimeException e) {
            return failed(err, e);
        }
    }

    private ProbeConfig config() {
        if (options.timeoutSeconds < 1 || options.budgetSeconds < 1 || options.pauseMillis < 0) {
            throw new IllegalArgumentException("--timeout and --budget must be at least 1, --pause at least 0");
        }
        Pacing pacing = Pacing.DEFAULT.withRequestTimeout(Duration.ofSeconds(options.timeoutSeconds))
                .withBudget(Duration.ofSeconds(options.budgetSeconds)).withPause(Duration.ofMillis(options.pauseMillis));
        return new ProbeConfig(options.baseUrl, token, Optional.ofNullable(options.spec), options.out, pacing,
                LocalDate.now());
    }

    private int failed(PrintWriter err, RuntimeException e) {
        err.println("appintel: " + redactor.redact(e.getMessage() == null ? e.toString() : e.getMessage()));
        if (options.stacktrace) {
            // The trace goes through the redactor too: exception messages may quote a URL.
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(redactor.redact(trace.toString()));
        }
        return GenerateCommand.FAILED;
    }
}
