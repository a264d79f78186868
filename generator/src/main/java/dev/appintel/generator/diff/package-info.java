/**
 * Comparing two specs on the generator's own model: every difference becomes a {@link
 * dev.appintel.generator.diff.Change} of a {@link dev.appintel.generator.diff.ChangeKind}, whose
 * {@link dev.appintel.generator.diff.Impact} says who it breaks. {@link
 * dev.appintel.generator.diff.SpecDiff} is the entry point; the report formats live next to it.
 */
package dev.appintel.generator.diff;
