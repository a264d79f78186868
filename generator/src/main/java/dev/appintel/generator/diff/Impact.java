package dev.appintel.generator.diff;

/** Who a change between two specs can break. */
public enum Impact {

    /** Code or calls written against the old spec stop compiling, fail, or misread answers. */
    BREAKS_CLIENTS("breaking for clients"),

    /** Requests and tests written against the old mock server stop working as they did. */
    BREAKS_MOCK_USERS("breaking for mock users"),

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
        return this != SAFE;
    }
}
