package dev.appintel.generator.diff;

/** Who a change between two specs can break. */
public enum Impact {

    /** Code or calls written against the old spec stop compiling, fail, or misread answers. */
    BREAKS_CLIENTS("breaking for clients"),

    /** Requests and tests written against the old mock server stop working as they did. */
    BREAKS_MOCK_USERS("breaking for mock users"),

    /**
     * Clients that reject what they do not know (a new enum value in an answer) fail, as OpenAPI
     * Generator's do; the generated client here keeps such values. A warning, which fails the
     * build only when the verification is told to be strict about enums.
     */
    BREAKS_STRICT_CLIENTS("breaking for strict clients"),

    /** Nothing written against the old spec notices. */
    SAFE("safe");

    private final String label;

    Impact(String label) {
        this.label = label;
    }

    /** How reports name the class, e.g. {@code breaking for clients}. */
    public String label() {
        return label;
    }

    /** Whether a build fails on this class unless breaking changes are allowed. */
    public boolean breaking() {
        return this == BREAKS_CLIENTS || this == BREAKS_MOCK_USERS;
    }
}
