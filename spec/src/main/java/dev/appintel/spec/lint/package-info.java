/**
 * The lint rules the App Intelligence spec is held to, as a library over the raw Jackson tree of
 * any OpenAPI 3.0 document: {@link dev.appintel.spec.lint.SpecLint#all} runs every rule and
 * returns {@link dev.appintel.spec.lint.LintProblem}s, each naming its rule and the JSON Pointer
 * of the place at fault. Callers that know the file (the generator's {@code appintel lint}) turn
 * the pointers into lines and columns.
 */
package dev.appintel.spec.lint;
