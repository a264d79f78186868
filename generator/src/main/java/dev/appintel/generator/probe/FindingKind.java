package dev.appintel.generator.probe;

/** What a probe finding says about an answer of the service, compared with the spec. */
public enum FindingKind {
    /** A property the answer has and the spec's object does not list (nor allows as an extra entry). */
    UNKNOWN_PROPERTY("Property the spec does not know"),
    /** A property the spec marks required and the answer lacks. */
    MISSING_PROPERTY("Required property missing"),
    /** A value of another JSON type than the spec's: a string for an integer, a fraction, a null where none is allowed. */
    TYPE_MISMATCH("Type mismatch"),
    /** A value of the right type in another format: a date that is not {@code YYYY-MM-DD}, an integer out of range. */
    FORMAT_MISMATCH("Format mismatch"),
    /** A value of an enum the spec does not list. */
    UNLISTED_ENUM_VALUE("Enum value the spec does not list"),
    /** An HTTP status the operation does not declare. */
    UNDECLARED_STATUS("Status the spec does not declare"),
    /** A body that should be JSON and is not (another content type, or text that does not parse). */
    NON_JSON_BODY("Body that is not JSON");

    private final String title;

    FindingKind(String title) {
        this.title = title;
    }

    /** The kind in a few words, for reports. */
    public String title() {
        return title;
    }
}
