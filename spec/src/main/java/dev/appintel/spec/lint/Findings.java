package dev.appintel.spec.lint;

import java.util.ArrayList;
import java.util.List;

/** The problems one rule finds, each stamped with the rule's name. */
final class Findings {

    private final String rule;
    private final List<LintProblem> problems = new ArrayList<>();

    Findings(String rule) {
        this.rule = rule;
    }

    void add(String pointer, String message) {
        problems.add(new LintProblem(rule, pointer, message));
    }

    /** The problems in the order found, each once. */
    List<LintProblem> list() {
        return problems.stream().distinct().toList();
    }
}
