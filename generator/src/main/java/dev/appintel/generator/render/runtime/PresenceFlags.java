package dev.appintel.generator.render.runtime;

import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.Property;
import dev.appintel.generator.model.TypeRef;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the boolean request parameter a property depends on: the spec says so in prose, as
 * "present with `display_breakdown=true`" or "Present only with `include_inverse_multiplier=true`",
 * on the property or on the schema it refers to.
 */
final class PresenceFlags {

    private static final Pattern FLAG = Pattern.compile("(?i)present (?:only )?with `([A-Za-z0-9_]+)=true`");

    private final ModelIndex types;

    PresenceFlags(ModelIndex types) {
        this.types = types;
    }

    /** The flag {@code property} is present with, if its description or its type's names one. */
    Optional<String> of(Property property) {
        Optional<String> own = flag(property.description());
        if (own.isPresent() || !(property.type() instanceof TypeRef.Named named)) {
            return own;
        }
        ModelType type = types.get(named);
        return flag(type.description());
    }

    /** The flag a description names, if any. */
    static Optional<String> flag(String description) {
        Matcher matcher = FLAG.matcher(description);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
