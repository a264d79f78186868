package dev.appintel.mock.data;

import dev.appintel.runtime.Limits;
import java.util.Locale;
import java.util.Objects;

/**
 * The place a value goes: the property (or map) it belongs to, that property's limits and unit,
 * and the schema of the object that owns it. Values are chosen by these names.
 *
 * @param name   the property name, lower case; empty for a response body
 * @param limits the property's limits
 * @param owner  the schema name of the owning object; empty for a response body
 */
public record Slot(String name, Limits limits, String owner) {

    /** The slot of a response body. */
    public static final Slot BODY = new Slot("", Limits.NONE, "");

    public Slot {
        name = name.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(owner, "owner");
    }

    /** @return the unit of the value, or empty */
    public String unit() {
        return limits.unit().orElse("");
    }

    /** @return whether the value is a share between 0 and 1 */
    public boolean ratio() {
        return unit().equals("ratio") || limits.maximum().filter(max -> max.doubleValue() == 1).isPresent()
                && limits.minimum().filter(min -> min.doubleValue() == 0).isPresent();
    }
}
