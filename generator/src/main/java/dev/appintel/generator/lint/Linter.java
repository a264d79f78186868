package dev.appintel.generator.lint;

import dev.appintel.generator.load.LoadedSpec;
import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.spec.lint.LintProblem;
import dev.appintel.spec.lint.SpecLint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lints a spec file: loads it as the generator does, runs the spec module's rules
 * ({@link SpecLint#all}) over the tree the loader parsed, and places each problem at its line and
 * column in the file.
 *
 * <p>A spec that the loader refuses (not UTF-8 YAML, a repeated key, a {@code $ref} that leads
 * nowhere, anything Swagger Parser objects to, ...) is not linted: its load problems are returned
 * instead, under the rule {@value LocatedProblem#LOAD}.
 */
public final class Linter {

    /** By line and column; problems at one place keep the rules' order. */
    private static final Comparator<LocatedProblem> DOCUMENT_ORDER = Comparator
            .comparingInt((LocatedProblem problem) -> problem.location().line())
            .thenComparingInt(problem -> problem.location().column());

    private final SpecLoader loader = new SpecLoader();

    /** The problems of the spec file, in document order; empty when it passes every rule. */
    public List<LocatedProblem> lint(Path spec) {
        try {
            return lint(loader.load(spec));
        } catch (SpecException refused) {
            return refused.problems().stream().map(problem -> new LocatedProblem(refused.file(), LocatedProblem.LOAD,
                    problem.location(), problem.message())).toList();
        }
    }

    /** The lint problems of a spec already loaded, in document order; empty when it passes every rule. */
    public List<LocatedProblem> lint(LoadedSpec spec) {
        List<LocatedProblem> located = new ArrayList<>();
        for (LintProblem problem : SpecLint.all(spec.tree())) {
            located.add(new LocatedProblem(spec.fileName(), problem.rule(), spec.positions().locate(problem.pointer()),
                    problem.message()));
        }
        located.sort(DOCUMENT_ORDER);
        return List.copyOf(located);
    }
}
