/**
 * The command-line tool: picocli options in, one {@link dev.appintel.generator.GeneratorConfig}
 * out, one {@link dev.appintel.generator.Generator} call, one summary line or located problems.
 */
package dev.appintel.generator.cli;
