package dev.appintel.generator.cli;

import dev.appintel.generator.GenerationResult;
import dev.appintel.generator.GeneratorConfig;
import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.render.Targets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code appintel generate}: one generator run, reported on one line. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generates the target's files from the spec into the output directory.")
final class GenerateCommand implements Callable<Integer> {

    static final int SPEC_PROBLEMS = 1;
    static final int FAILED = 3;

    @Spec
    private CommandSpec command;

    @Option(names = "--spec", required = true, paramLabel = "<file>", description = "The OpenAPI 3.0 spec to read.")
    private Path spec;

    @Option(names = "--target", required = true, paramLabel = "<name>", completionCandidates = TargetNames.class,
            description = "What to generate: ${COMPLETION-CANDIDATES}.")
    private String target;

    @Option(names = "--out", required = true, paramLabel = "<dir>",
            description = "The output directory; files no longer generated are removed from it.")
    private Path out;

    @Option(names = "--package", required = true, paramLabel = "<pkg>", description = "The generated code's Java package.")
    private String basePackage;

    @Option(names = "--templates", paramLabel = "<dir>",
            description = "A directory of templates that replace the built-in ones of the same name.")
    private Path templates;

    @Option(names = "--stacktrace", description = "Print the stack trace of an unexpected failure.")
    private boolean stacktrace;

    private final Function<GeneratorConfig, GenerationResult> generator;

    GenerateCommand(Function<GeneratorConfig, GenerationResult> generator) {
        this.generator = generator;
    }

    @Override
    public Integer call() {
        GeneratorConfig config = config();
        PrintWriter err = command.commandLine().getErr();
        try {
            command.commandLine().getOut().println(generator.apply(config).summary());
            return 0;
        } catch (SpecException e) {
            e.problems().forEach(problem -> err.println(problem.describe(e.file())));
            return SPEC_PROBLEMS;
        } catch (RuntimeException e) {
            err.println("appintel: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (stacktrace) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    private GeneratorConfig config() {
        try {
            return new GeneratorConfig(spec, target, out, basePackage, Optional.ofNullable(templates));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }

    /** The known target names, for the help text. */
    static final class TargetNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Targets.names().iterator();
        }
    }
}
