package dev.appintel.generator.diff;

import static dev.appintel.generator.diff.Impact.BREAKS_CLIENTS;
import static dev.appintel.generator.diff.Impact.BREAKS_MOCK_USERS;
import static dev.appintel.generator.diff.Impact.BREAKS_STRICT_CLIENTS;
import static dev.appintel.generator.diff.Impact.SAFE;

/**
 * Every kind of difference the comparison reports, each with its class. The class is a property of
 * the kind, not of the change, so that this table is the whole policy (and each row has a test).
 */
public enum ChangeKind {

    // Operations
    OPERATION_REMOVED(BREAKS_CLIENTS, Section.BREAKING, "Operation removed"),
    OPERATION_ADDED(SAFE, Section.ADDED, "Operation added"),
    /** A new operationId renames the client's Java method. */
    OPERATION_RENAMED(BREAKS_CLIENTS, Section.BREAKING, "Operation renamed"),
    /** A new first tag moves the method to another client interface. */
    OPERATION_RETAGGED(BREAKS_CLIENTS, Section.BREAKING, "Operation moved to another tag"),

    // Request parameters
    PARAMETER_REMOVED(BREAKS_CLIENTS, Section.BREAKING, "Parameter removed"),
    OPTIONAL_PARAMETER_ADDED(SAFE, Section.ADDED, "Optional parameter added"),
    /**
     * Requests written without it, such as the mock's users' test requests, are now refused with
     * 422 (the generated client gains a required argument too, which its next release announces).
     */
    REQUIRED_PARAMETER_ADDED(BREAKS_MOCK_USERS, Section.BREAKING, "Required parameter added"),
    PARAMETER_MADE_REQUIRED(BREAKS_CLIENTS, Section.BREAKING, "Optional parameter made required"),
    PARAMETER_MADE_OPTIONAL(SAFE, Section.CHANGED, "Required parameter made optional"),
    PARAMETER_MOVED(BREAKS_CLIENTS, Section.BREAKING, "Parameter moved"),
    PARAMETER_RETYPED(BREAKS_CLIENTS, Section.BREAKING, "Parameter type or format changed"),
    PARAMETER_ENCODING_CHANGED(BREAKS_CLIENTS, Section.BREAKING, "Parameter encoding changed"),
    REQUEST_ENUM_VALUE_REMOVED(BREAKS_CLIENTS, Section.BREAKING, "Enum value removed from a request parameter"),
    REQUEST_ENUM_VALUE_ADDED(SAFE, Section.ADDED, "Enum value added to a request parameter"),
    PARAMETER_LIMIT_TIGHTENED(BREAKS_CLIENTS, Section.BREAKING, "Parameter limit tightened"),
    PARAMETER_LIMIT_RELAXED(SAFE, Section.CHANGED, "Parameter limit relaxed"),
    /** Callers that leave the parameter out now get other data. */
    PARAMETER_DEFAULT_CHANGED(BREAKS_CLIENTS, Section.BREAKING, "Parameter default changed"),

    // Responses
    /** Clients written against the old spec do not expect the new status. */
    RESPONSE_STATUS_ADDED(BREAKS_CLIENTS, Section.BREAKING, "Response status added"),
    /** The success answer is gone. */
    SUCCESS_RESPONSE_REMOVED(BREAKS_CLIENTS, Section.BREAKING, "Success response removed"),
    /** Clients expect one status fewer; tests asking the mock for it ({@code Prefer: code=...}) lose it. */
    RESPONSE_STATUS_REMOVED(BREAKS_MOCK_USERS, Section.BREAKING, "Error response removed"),
    /** Clients use response headers such as {@code Retry-After}. */
    RESPONSE_HEADER_REMOVED(BREAKS_CLIENTS, Section.BREAKING, "Response header removed"),
    RESPONSE_HEADER_ADDED(SAFE, Section.ADDED, "Response header added"),
    /** Tests asking the mock for it by name ({@code Prefer: example=...}) lose it. */
    RESPONSE_EXAMPLE_REMOVED(BREAKS_MOCK_USERS, Section.BREAKING, "Response example removed"),
    RESPONSE_EXAMPLE_ADDED(SAFE, Section.ADDED, "Response example added"),
    RESPONSE_EXAMPLE_CHANGED(SAFE, Section.CHANGED, "Response example changed"),
    RESPONSE_FIELD_REMOVED(BREAKS_CLIENTS, Section.BREAKING, "Response field removed"),
    RESPONSE_FIELD_ADDED(SAFE, Section.ADDED, "Response field added"),
    RESPONSE_FIELD_RETYPED(BREAKS_CLIENTS, Section.BREAKING, "Response field type or format changed"),
    /** Clients may meet the field missing where it used to be always present. */
    RESPONSE_FIELD_MADE_OPTIONAL(BREAKS_CLIENTS, Section.BREAKING, "Response field no longer always present"),
    RESPONSE_FIELD_MADE_REQUIRED(SAFE, Section.CHANGED, "Response field now always present"),
    /** Clients may meet {@code null} where a value used to be guaranteed. */
    RESPONSE_FIELD_MADE_NULLABLE(BREAKS_CLIENTS, Section.BREAKING, "Response field may now be null"),
    RESPONSE_FIELD_MADE_NON_NULL(SAFE, Section.CHANGED, "Response field no longer null"),
    /**
     * The generated models keep unknown enum values; clients that reject unknown values (OpenAPI
     * Generator's, for one) fail on the new value.
     */
    RESPONSE_ENUM_VALUE_ADDED(BREAKS_STRICT_CLIENTS, Section.ADDED, "Enum value added to a response"),
    RESPONSE_ENUM_VALUE_REMOVED(SAFE, Section.REMOVED, "Enum value removed from a response"),
    /** A new shape of object in a {@code oneOf} that old clients cannot tell apart. */
    RESPONSE_VARIANT_ADDED(BREAKS_CLIENTS, Section.BREAKING, "Response variant added"),
    RESPONSE_VARIANT_REMOVED(SAFE, Section.REMOVED, "Response variant removed"),
    /** The client's Java type for it gets another name. */
    TYPE_RENAMED(BREAKS_CLIENTS, Section.BREAKING, "Model type renamed"),

    // The API's operational rules (x-appintel-*), which the client follows
    /** Old clients still send batches of the old, larger size. */
    BATCH_LIMIT_LOWERED(BREAKS_CLIENTS, Section.BREAKING, "Ids per call lowered"),
    BATCH_LIMIT_RAISED(SAFE, Section.CHANGED, "Ids per call raised"),
    /** Old clients still send the old, longer date segments. */
    SEGMENT_SPAN_SHORTENED(BREAKS_CLIENTS, Section.BREAKING, "Longest date range per call shortened"),
    SEGMENT_SPAN_LENGTHENED(SAFE, Section.CHANGED, "Longest date range per call lengthened"),
    REQUEST_RULE_TIGHTENED(BREAKS_CLIENTS, Section.BREAKING, "Request rule tightened"),
    REQUEST_RULE_RELAXED(SAFE, Section.CHANGED, "Request rule relaxed"),
    PAGINATION_CHANGED(BREAKS_CLIENTS, Section.BREAKING, "Pagination changed"),

    // The API as a whole
    AUTHENTICATION_CHANGED(BREAKS_CLIENTS, Section.BREAKING, "Authentication changed"),
    DESCRIPTION_CHANGED(SAFE, Section.CHANGED, "Description changed");

    /** Where a change goes in a changelog. */
    public enum Section {
        BREAKING("Breaking changes"), ADDED("Added"), CHANGED("Changed"), REMOVED("Removed");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        /** The changelog heading, e.g. {@code Breaking changes}. */
        public String heading() {
            return heading;
        }
    }

    private final Impact impact;
    private final Section section;
    private final String title;

    ChangeKind(Impact impact, Section section, String title) {
        this.impact = impact;
        this.section = section;
        this.title = title;
    }

    /** Who the change breaks. */
    public Impact impact() {
        return impact;
    }

    /** Where the change goes in a changelog; breaking kinds always go under {@link Section#BREAKING}. */
    public Section section() {
        return section;
    }

    /** A short title, e.g. {@code Parameter removed}. */
    public String title() {
        return title;
    }
}
