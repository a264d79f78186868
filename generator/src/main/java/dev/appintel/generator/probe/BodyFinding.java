package dev.appintel.generator.probe;

/**
 * A finding of the {@link ResponseValidator} inside one body, before it is tied to a request.
 *
 * @param pointer     the value's JSON Pointer in the body
 * @param schema      the pointer, in the spec, of the schema that the value breaks
 * @param provisional whether a schema on the way to the value is {@code x-provisional}
 */
record BodyFinding(FindingKind kind, String pointer, String message, String schema, boolean provisional) {
}
