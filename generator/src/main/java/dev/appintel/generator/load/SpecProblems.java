package dev.appintel.generator.load;

import dev.appintel.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one spec, locating each by its JSON Pointer, so that they can all be
 * reported at once. Reporting the same problem twice keeps one.
 */
public final class SpecProblems {

    private static final Comparator<SpecProblem> DOCUMENT_ORDER = Comparator
            .comparingInt((SpecProblem problem) -> problem.location().line())
            .thenComparingInt(problem -> problem.location().column());

    private final String file;
    private final SourcePositions positions;
    private final List<SpecProblem> problems = new ArrayList<>();

    public SpecProblems(String file, SourcePositions positions) {
        this.file = file;
        this.positions = positions;
    }

    /** Records a problem with the node at {@code pointer} (or its nearest existing ancestor). */
    public void report(String pointer, String message) {
        add(new SpecProblem(positions.locate(pointer), message));
    }

    /** Records a problem that is already located. */
    public void add(SpecProblem problem) {
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    /**
     * The location of a model element: its pointer only. Lines and columns are read for problems,
     * not for every element of a spec that has none, since that would cost a second parse.
     */
    public SourceLocation locate(String pointer) {
        return SourceLocation.of(pointer);
    }

    /** Whether a problem has been reported at exactly {@code pointer}. */
    public boolean hasProblemAt(String pointer) {
        return problems.stream().anyMatch(problem -> problem.location().pointer().equals(pointer));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems have been reported so far. */
    public int count() {
        return problems.size();
    }

    /**
     * Throws every problem so far, in document order.
     *
     * @throws SpecException unless no problem has been reported
     */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            List<SpecProblem> sorted = new ArrayList<>(problems);
            sorted.sort(DOCUMENT_ORDER);
            throw new SpecException(file, sorted);
        }
    }
}
