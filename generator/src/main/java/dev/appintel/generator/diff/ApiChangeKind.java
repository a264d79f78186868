package dev.appintel.generator.diff;

import dev.appintel.generator.render.feign.ClientApi.MemberKind;

/** The kinds of {@link ApiChange}: a type, or a member of one, added, removed or changed. */
public enum ApiChangeKind {
    TYPE_ADDED("Type added"),
    TYPE_REMOVED("Type removed"),
    TYPE_KIND_CHANGED("Type kind changed"),
    METHOD_ADDED("Method added"),
    METHOD_REMOVED("Method removed"),
    METHOD_CHANGED("Method signature changed"),
    COMPONENT_ADDED("Record component added"),
    COMPONENT_REMOVED("Record component removed"),
    COMPONENT_CHANGED("Record component type changed"),
    CONSTANT_ADDED("Enum constant added"),
    CONSTANT_REMOVED("Enum constant removed"),
    CONSTANT_CHANGED("Enum constant value changed"),
    ALTERNATIVE_ADDED("Permitted record added"),
    ALTERNATIVE_REMOVED("Permitted record removed");

    private final String title;

    ApiChangeKind(String title) {
        this.title = title;
    }

    /** How reports name the kind, e.g. {@code Record component added}. */
    public String title() {
        return title;
    }

    /** The kind for a member of kind {@code member} that was added. */
    static ApiChangeKind added(MemberKind member) {
        return switch (member) {
            case COMPONENT -> COMPONENT_ADDED;
            case METHOD -> METHOD_ADDED;
            case CONSTANT -> CONSTANT_ADDED;
            case ALTERNATIVE -> ALTERNATIVE_ADDED;
        };
    }

    /** The kind for a member of kind {@code member} that was removed. */
    static ApiChangeKind removed(MemberKind member) {
        return switch (member) {
            case COMPONENT -> COMPONENT_REMOVED;
            case METHOD -> METHOD_REMOVED;
            case CONSTANT -> CONSTANT_REMOVED;
            case ALTERNATIVE -> ALTERNATIVE_REMOVED;
        };
    }

    /** The kind for a member of kind {@code member} whose signature changed. */
    static ApiChangeKind changed(MemberKind member) {
        return switch (member) {
            case COMPONENT -> COMPONENT_CHANGED;
            case METHOD -> METHOD_CHANGED;
            case CONSTANT -> CONSTANT_CHANGED;
            // An alternative is nothing but its name: another name is another alternative.
            case ALTERNATIVE -> throw new IllegalArgumentException("an alternative cannot change, only come or go");
        };
    }
}
