package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import dev.appintel.generator.model.Parameter.DateAlignment;
import dev.appintel.generator.model.Parameter.WireEncoding;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a parameter's {@code x-appintel-*} extensions: the exploded alias of a comma-joined list,
 * and the earliest date and day-of-month alignment of a date.
 */
final class ParameterExtensions {

    /** The parameter's facts from its extensions. */
    record Facts(Optional<String> explodedAlias, Optional<LocalDate> earliestDate, Optional<DateAlignment> alignment) {
    }

    private static final TypeRef DATE = new TypeRef.Scalar(TypeRef.ScalarKind.DATE);

    private final Extensions extensions;
    private final SpecProblems problems;

    ParameterExtensions(Extensions extensions, SpecProblems problems) {
        this.extensions = extensions;
        this.problems = problems;
    }

    /**
     * Reads the facts of the parameter defined at {@code pointer}, reporting those that do not fit
     * its type.
     */
    Facts read(Map<String, Object> values, TypeRef type, WireEncoding encoding, String pointer) {
        Optional<String> alias = extensions.string(values, Extensions.EXPLODED_ALIAS, pointer);
        if (alias.isPresent() && encoding != WireEncoding.COMMA_JOINED) {
            problems.report(JsonPointers.child(pointer, Extensions.EXPLODED_ALIAS),
                    Extensions.EXPLODED_ALIAS + " only applies to comma-joined list parameters");
        }
        for (String name : new String[] {Extensions.EARLIEST_DATE, Extensions.DATE_ALIGNMENT}) {
            if (!type.equals(DATE) && values != null && values.containsKey(name)) {
                problems.report(JsonPointers.child(pointer, name), name + " only applies to date parameters");
            }
        }
        Optional<LocalDate> earliest = extensions.string(values, Extensions.EARLIEST_DATE, pointer)
                .flatMap(text -> date(text, pointer));
        Optional<DateAlignment> alignment = extensions.string(values, Extensions.DATE_ALIGNMENT, pointer)
                .flatMap(text -> alignment(text, pointer));
        return new Facts(alias, earliest, alignment);
    }

    private Optional<LocalDate> date(String text, String pointer) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.report(JsonPointers.child(pointer, Extensions.EARLIEST_DATE),
                    Extensions.EARLIEST_DATE + " is '" + text + "'; expected a date such as 2018-01-01");
            return Optional.empty();
        }
    }

    private Optional<DateAlignment> alignment(String text, String pointer) {
        if (text.equals("month-start")) {
            return Optional.of(DateAlignment.MONTH_START);
        }
        if (text.equals("month-end")) {
            return Optional.of(DateAlignment.MONTH_END);
        }
        problems.report(JsonPointers.child(pointer, Extensions.DATE_ALIGNMENT),
                Extensions.DATE_ALIGNMENT + " is '" + text + "'; expected month-start or month-end");
        return Optional.empty();
    }
}
