/**
 * The command-line tool: picocli options in; for {@code generate}, one
 * {@link dev.appintel.generator.GeneratorConfig} out, one {@link dev.appintel.generator.Generator}
 * call, one summary line or located problems; for {@code lint}, one
 * {@link dev.appintel.generator.lint.Linter} call, its located problems or one summary line.
 */
package dev.appintel.generator.cli;
