package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.appintel.runtime.Field;
import dev.appintel.runtime.Shape;
import java.util.Optional;

/**
 * A figure shown rounded, as the spec's humanized objects hold it: {@code downloads} 6,000,000
 * beside {@code downloads_rounded} 6, {@code units} "m" and {@code string} "6m". The unit is the
 * first of k, m and b whose rounded figure is below 1000 (b beyond; no unit for figures below
 * 1,000); the rounded figure is the figure over the unit, rounded half up; the text is the prefix
 * (a revenue's "$", else none), the rounded figure and the unit.
 *
 * <p>An object is humanized when it has {@code units}, {@code string} and, for some property
 * {@code x}, {@code x_rounded}; {@code x} is its figure, made by the rule that makes it anywhere.
 *
 * @param rounded the figure over its unit, rounded
 * @param units   {@code k}, {@code m}, {@code b} or empty
 * @param prefix  {@code $} for money, else null
 * @param text    what is shown: prefix, rounded figure, unit
 */
record Humanized(long rounded, String units, String prefix, String text) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final long[] UNIT_SIZES = {1_000, 1_000_000, 1_000_000_000};
    private static final String[] UNIT_NAMES = {"k", "m", "b"};
    private static final String ROUNDED = "_rounded";

    /**
     * A figure as shown.
     *
     * @param figure the figure, at least 0
     * @param money  whether it is an amount of dollars
     * @return its rounded forms
     */
    static Humanized of(long figure, boolean money) {
        String prefix = money ? "$" : null;
        long rounded = figure;
        String units = "";
        if (figure >= UNIT_SIZES[0]) {
            for (int i = 0; i < UNIT_SIZES.length; i++) {
                rounded = Math.round((double) figure / UNIT_SIZES[i]);
                units = UNIT_NAMES[i];
                // a figure that rounds to 1000 of a unit is shown in the next: "1m" rather than "1000k"
                if (rounded < 1000) {
                    break;
                }
            }
        }
        return new Humanized(rounded, units, prefix, (prefix == null ? "" : prefix) + rounded + units);
    }

    /** The property an object's figure is in, when the object is humanized. */
    static Optional<Field> figure(Shape.ObjectShape owner) {
        if (owner == null || owner.field("units").isEmpty() || owner.field("string").isEmpty()) {
            return Optional.empty();
        }
        return owner.fields().stream().filter(field -> field.name().endsWith(ROUNDED))
                .flatMap(field -> owner.field(field.name().substring(0, field.name().length() - ROUNDED.length())).stream())
                .findFirst();
    }

    /** Whether a target is a rounded form, unit, prefix or text of a humanized object. */
    static boolean applies(ValueRules.Target target) {
        Optional<Field> figure = figure(target.owner());
        if (figure.isEmpty() || !target.property()) {
            return false;
        }
        String name = target.name();
        return name.equals(figure.get().name() + ROUNDED) || name.equals("units") || name.equals("prefix")
                || name.equals("string");
    }

    /** Makes a humanized object's rounded form, unit, prefix or text from the figure its figure's rule makes. */
    static ValueRules.Maker maker(ValueRules.Target target) {
        Field field = figure(target.owner()).orElseThrow();
        ValueRules.Choice figure = ValueRules.choose(new ValueRules.Target(new Slot(field.name(), field.limits(),
                target.slot().owner()), field.shape(), target.owner(), ValueRules.Place.PROPERTY, field.nullable()));
        boolean money = field.name().contains("revenue");
        String name = target.name();
        boolean nullablePrefix = target.nullable();
        return (request, scope) -> {
            Humanized shown = of(Math.max(0, figure.make(request, scope).longValue()), money);
            return switch (name) {
                case "units" -> JSON.textNode(shown.units());
                case "string" -> JSON.textNode(shown.text());
                case "prefix" -> shown.prefix() != null ? JSON.textNode(shown.prefix())
                        : nullablePrefix ? JSON.nullNode() : JSON.textNode("");
                default -> JSON.numberNode(shown.rounded());
            };
        };
    }
}
