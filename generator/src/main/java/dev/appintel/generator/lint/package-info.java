/**
 * Lints a spec file with the spec module's rules ({@code dev.appintel.spec.lint}), reporting each
 * problem as {@code file:line:column (pointer): [rule] message}. Only {@code appintel lint} (and
 * what else asks for a lint) loads this package and its validator; {@code generate} never does.
 */
package dev.appintel.generator.lint;
