package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Parameter.WireEncoding;
import dev.appintel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The Markdown the generated Javadoc says about parameters and about an operation's rules. */
final class ParameterDocs {

    private ParameterDocs() {
    }

    /**
     * A parameter's description followed by what a caller must know, one sentence per line:
     * whether it is required, how a list is sent, its limits, its default and its earliest date.
     */
    static String of(Parameter parameter) {
        List<String> parts = new ArrayList<>();
        if (!parameter.description().isBlank()) {
            parts.add(Docs.sentence(parameter.description()));
        }
        parts.add(parameter.required() ? "Required." : "Optional; `null` leaves it out.");
        boolean list = parameter.type() instanceof TypeRef.ListOf;
        if (list) {
            parts.add(encoding(parameter));
        }
        parts.addAll(Docs.constraints(parameter.constraints(), list));
        parameter.defaultValue().ifPresent(value -> parts.add("The API's default: `" + value + "`."));
        parameter.earliestDate().ifPresent(date -> parts.add("Not before " + date + "."));
        parameter.alignment().ifPresent(alignment -> parts.add(alignment == Parameter.DateAlignment.MONTH_START
                ? "Must be the first day of a month." : "Must be the last day of a month."));
        parameter.explodedAlias().ifPresent(alias -> parts.add("The API cannot tell a comma inside a value from "
                + "a separator: send such values one by one under `" + alias + "`."));
        return String.join("\n", parts);
    }

    /** Sentences for the operation's rules, one per rule; empty when it has none. */
    static List<String> rules(Operation operation) {
        OperationRules rules = operation.rules();
        List<String> out = new ArrayList<>();
        rules.batching().ifPresent(batching -> out.add("The API accepts at most " + batching.maxPerCall()
                + " values of `" + batching.parameter() + "` per call."));
        if (!rules.requiresOneOf().isEmpty()) {
            out.add("At least one of " + rules.requiresOneOf().stream().map(name -> "`" + name + "`")
                    .collect(Collectors.joining(", ")) + " is required.");
        }
        rules.dateRange().ifPresent(range -> out.add("`" + range.start() + "` must not be after `" + range.end() + "`."));
        rules.segmentation().ifPresent(segmentation -> out.add("Long ranges of `" + segmentation.start() + "` to `"
                + segmentation.end() + "` should be split by `" + segmentation.granularity() + "`: "
                + segmentation.maxSpan().entrySet().stream().map(span -> "`" + span.getKey() + "` " + span.getValue())
                        .collect(Collectors.joining(", ")) + "."));
        rules.pagination().ifPresent(pagination -> out.add("Results are paged by `" + pagination.page() + "` (from "
                + pagination.firstPage() + ") and `" + pagination.limit() + "`."));
        return out;
    }

    private static String encoding(Parameter parameter) {
        String key = "`" + parameter.name() + "`";
        return parameter.encoding() == WireEncoding.REPEATED
                ? "Sent as one " + key + " per value; an empty list leaves it out."
                : "Sent as one " + key + " with the values separated by commas; an empty list leaves it out.";
    }
}
