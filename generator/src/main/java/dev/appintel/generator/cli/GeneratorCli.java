package dev.appintel.generator.cli;

import dev.appintel.generator.GenerationResult;
import dev.appintel.generator.Generator;
import dev.appintel.generator.GeneratorConfig;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code appintel} command, the fat jar's main class. Exit codes: 0 done, 1 the spec has
 * problems (each printed on its own line), 2 bad usage, 3 any other failure, 4 breaking changes
 * (only {@code diff --fail-on-breaking}).
 */
@Command(name = "appintel", mixinStandardHelpOptions = true, versionProvider = GeneratorCli.Version.class,
        description = "Generates Java code from an OpenAPI 3.0 spec.")
public final class GeneratorCli implements Runnable {

    @Spec
    private CommandSpec command;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine(new Generator()::generate).execute(args));
    }

    /** The command line, with {@code generator} doing the work of {@code generate}. */
    static CommandLine commandLine(Function<GeneratorConfig, GenerationResult> generator) {
        return new CommandLine(new GeneratorCli()).addSubcommand("generate", new GenerateCommand(generator))
                .addSubcommand("diff", new DiffCommand());
    }

    @Override
    public void run() {
        throw new ParameterException(command.commandLine(), "Missing required subcommand: generate or diff");
    }

    /** {@code appintel <version>}, as stamped by the build. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"appintel " + Generator.version()};
        }
    }
}
