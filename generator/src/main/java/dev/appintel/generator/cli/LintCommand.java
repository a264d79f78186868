package dev.appintel.generator.cli;

import dev.appintel.generator.lint.LocatedProblem;
import dev.appintel.spec.lint.SpecLint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appintel lint}: the spec module's lint rules over a spec file, one line per problem. */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks the spec against the lint rules: every operation with an operationId, a declared tag,"
                + " a summary, a description and the error responses; examples valid against their schemas; ...",
            "Prints each problem as file:line:column (pointer): [rule] message."})
final class LintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Option(names = "--spec", required = true, paramLabel = "<file>", description = "The OpenAPI 3.0 spec to check.")
    private Path spec;

    @Option(names = "--stacktrace", description = "Print the stack trace of an unexpected failure.")
    private boolean stacktrace;

    /** Kept as a function so that {@code generate} never loads the linter or its validator. */
    private final Function<Path, List<LocatedProblem>> linter;

    LintCommand(Function<Path, List<LocatedProblem>> linter) {
        this.linter = linter;
    }

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        try {
            List<LocatedProblem> problems = linter.apply(spec);
            // A loop, not a lambda: picocli reads every method of this class, synthetic ones too, and
            // a lambda's LocatedProblem parameter would then be loaded by generate as well.
            for (LocatedProblem problem : problems) {
                out.println(problem.describe());
            }
            if (!problems.isEmpty()) {
                return GenerateCommand.SPEC_PROBLEMS;
            }
            out.println("appintel: " + fileName() + " passes all " + SpecLint.RULES.size() + " lint rules");
            return 0;
        } catch (RuntimeException e) {
            PrintWriter err = command.commandLine().getErr();
            err.println("appintel: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (stacktrace) {
                e.printStackTrace(err);
            }
            return GenerateCommand.FAILED;
        }
    }

    private String fileName() {
        Path name = spec.getFileName();
        return name == null ? spec.toString() : name.toString();
    }
}
