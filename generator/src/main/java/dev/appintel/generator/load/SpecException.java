package dev.appintel.generator.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A spec that cannot be turned into a model: every problem found, each with its location.
 * Nothing has been written when this is thrown.
 */
public class SpecException extends RuntimeException {

    private final String file;
    private final List<SpecProblem> problems;

    public SpecException(String file, List<SpecProblem> problems) {
        super(describe(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The spec's file name, as used in the messages. */
    public String file() {
        return file;
    }

    /** The problems, in document order. */
    public List<SpecProblem> problems() {
        return problems;
    }

    private static String describe(String file, List<SpecProblem> problems) {
        return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + file + ":\n"
                + problems.stream().map(problem -> "  " + problem.describe(file)).collect(Collectors.joining("\n"));
    }
}
