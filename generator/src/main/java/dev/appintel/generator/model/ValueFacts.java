package dev.appintel.generator.model;

import java.util.Optional;

/**
 * What a schema says about the values it allows, besides their type: read from the schema's
 * definition, so that a reference to {@code NullableRatio} is nullable, limited to [0, 1] and in
 * the unit {@code ratio}. For a list, the item limits and unit are those of its elements.
 *
 * @param defaultValue the default as written in the spec
 */
record ValueFacts(boolean nullable, Constraints constraints, Optional<String> unit, Optional<String> defaultValue) {

    static final ValueFacts NONE = new ValueFacts(false, Constraints.NONE, Optional.empty(), Optional.empty());
}
