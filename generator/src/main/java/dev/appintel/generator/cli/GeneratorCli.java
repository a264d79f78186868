package dev.appintel.generator.cli;

import dev.appintel.generator.GenerationResult;
import dev.appintel.generator.Generator;
import dev.appintel.generator.GeneratorConfig;
import dev.appintel.generator.lint.Linter;
import dev.appintel.generator.lint.LocatedProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code appintel} command, the fat jar's main class. Exit codes: 0 done, 1 the spec has
 * problems (each printed on its own line), 2 bad usage, 3 any other failure (for {@code probe}: the
 * service cannot be reached), 4 breaking changes ({@code verify}, and {@code diff --fail-on-breaking})
 * or, for {@code probe}, answers that drift from the spec.
 */
@Command(name = "appintel", mixinStandardHelpOptions = true, versionProvider = GeneratorCli.Version.class,
        description = "Generates Java code from an OpenAPI 3.0 spec, compares it with a baseline, lints it, and"
                + " probes a running service for drift from it.")
public final class GeneratorCli implements Runnable {

    @Spec
    private CommandSpec command;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line as {@link #main} runs it. The linter is created only when {@code lint} runs,
     * so that {@code generate} loads none of its classes.
     */
    static CommandLine commandLine() {
        return commandLine(new Generator()::generate, spec -> new Linter().lint(spec));
    }

    /**
     * The command line, with {@code generator} doing the work of {@code generate}, and {@code linter}
     * that of {@code lint}.
     */
    static CommandLine commandLine(Function<GeneratorConfig, GenerationResult> generator,
            Function<Path, List<LocatedProblem>> linter) {
        return new CommandLine(new GeneratorCli()).addSubcommand("generate", new GenerateCommand(generator))
                .addSubcommand("diff", new DiffCommand())
                .addSubcommand("verify", new VerifyCommand())
                .addSubcommand("lint", new LintCommand(linter))
                .addSubcommand("probe", new ProbeCommand());
    }

    @Override
    public void run() {
        throw new ParameterException(command.commandLine(),
                "Missing required subcommand: generate, diff, verify, lint or probe");
    }

    /** {@code appintel <version>}, as stamped by the build. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"appintel " + Generator.version()};
        }
    }
}
