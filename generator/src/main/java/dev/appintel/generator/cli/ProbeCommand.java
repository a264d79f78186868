package dev.appintel.generator.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code appintel probe}: calls every operation of the spec against a running service and reports
 * where its answers differ from the spec. The work is in {@link ProbeRun}, so that other commands
 * load none of the probe's classes (picocli reads the signatures of every command's methods).
 */
@Command(name = "probe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Calls every operation of the spec once against a running service, with safe parameters"
                + " derived from the spec, and reports the drift: properties the spec does not know, missing"
                + " required properties, type, format and enum mismatches, undeclared statuses, bodies that are not"
                + " JSON.",
            "Exit codes: 0 no drift, 4 drift, 1 the spec has problems, 2 bad usage, 3 the service cannot be reached"
                + " or answered no call with a success status."})
final class ProbeCommand implements Callable<Integer> {

    /** Exit code when the answers drift from the spec. */
    static final int DRIFT = 4;

    @Spec
    private CommandSpec command;

    @Option(names = "--base-url", required = true, paramLabel = "<url>",
            description = "The service, e.g. https://api.example.com or http://127.0.0.1:4010.")
    URI baseUrl;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Credentials credentials;

    /** The token, given or read from the environment. */
    static final class Credentials {
        @Option(names = "--token", paramLabel = "<token>", description = "The API token. Never printed.")
        String token;

        @Option(names = "--token-env", paramLabel = "<name>",
                description = "The environment variable that holds the API token (keeps it off the command line).")
        String tokenEnv;
    }

    @Option(names = "--spec", paramLabel = "<file>",
            description = "The OpenAPI 3.0 spec to check against (default: the spec bundled in this tool).")
    Path spec;

    @Option(names = "--out", paramLabel = "<dir>", defaultValue = "target/appintel",
            description = "Where probe-report.md and probe-report.json go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--timeout", paramLabel = "<seconds>", defaultValue = "20",
            description = "The longest wait for each answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--budget", paramLabel = "<seconds>", defaultValue = "300",
            description = "The longest the whole probe may take; later calls are not made (default: ${DEFAULT-VALUE}).")
    int budgetSeconds;

    @Option(names = "--pause", paramLabel = "<millis>", defaultValue = "250",
            description = "The wait between two requests (default: ${DEFAULT-VALUE}).")
    int pauseMillis;

    @Option(names = "--stacktrace", description = "Print the stack trace of an unexpected failure.")
    boolean stacktrace;

    /** The environment, a function so that tests can give their own. */
    private final UnaryOperator<String> environment;

    ProbeCommand() {
        this(System::getenv);
    }

    ProbeCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        String token = credentials.token;
        if (credentials.tokenEnv != null) {
            token = environment.apply(credentials.tokenEnv);
            if (token == null || token.isBlank()) {
                err.println("appintel: the environment variable " + credentials.tokenEnv + " is not set or empty");
                return CommandLine.ExitCode.USAGE;
            }
        }
        return new ProbeRun(this, token).execute(out, err);
    }
}
