package dev.appintel.spec.lint;

import java.util.Objects;

/**
 * One place where the spec breaks a lint rule.
 *
 * @param rule    the rule's name, one of {@link SpecLint#RULES}
 * @param pointer the JSON Pointer of the offending node (or of where a missing one belongs)
 * @param message what is wrong there
 */
public record LintProblem(String rule, String pointer, String message) {

    public LintProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** {@code pointer: [rule] message}. */
    public String describe() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": [" + rule + "] " + message;
    }
}
