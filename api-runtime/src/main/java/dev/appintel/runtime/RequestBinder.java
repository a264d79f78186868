package dev.appintel.runtime;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Binds a request's raw parameters to typed values and checks them exactly as the spec says:
 * required parameters, enums, types and formats, patterns, lengths, bounds, the number of list
 * items, earliest dates, day-of-month alignment, a start date after its end date and
 * requires-one-of. Every parameter at fault gets one problem naming it; unknown parameters are
 * ignored, and an empty value counts as absent, but a comma-separated list with an empty item
 * ({@code a,,b}, {@code ,}) is refused.
 */
public final class RequestBinder {

    /** The spec's patterns, each compiled once: a request checks several, and there are few. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /**
     * The outcome of binding one request.
     *
     * @param request  the typed values of the parameters that passed
     * @param problems one message per problem, naming the parameter; empty when the request is valid
     */
    public record Binding(BoundRequest request, List<String> problems) {
        public Binding {
            problems = List.copyOf(problems);
        }

        /**
         * Returns whether the request is valid.
         *
         * @return whether the request is valid
         */
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final OperationSpec route;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> given = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    private RequestBinder(OperationSpec route) {
        this.route = route;
    }

    /**
     * Binds the raw parameters of one request to {@code route}.
     *
     * @param route      the matched operation
     * @param pathValues the path variables, percent-decoded
     * @param query      the query as sent, whose comma-joined lists are split at the commas sent raw
     * @param headers    the request headers, each with its values
     * @return the typed values and the problems
     */
    public static Binding bind(OperationSpec route, Map<String, String> pathValues, QueryString query,
            Map<String, List<String>> headers) {
        RequestBinder binder = new RequestBinder(route);
        Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        for (Param param : route.params()) {
            binder.bindParam(param, raw(param, pathValues, query, caseless));
        }
        binder.checkRequiresOneOf();
        binder.checkDateRange();
        return new Binding(new BoundRequest(binder.values, binder.given), binder.problems);
    }

    private static List<String> raw(Param param, Map<String, String> pathValues, QueryString query,
            Map<String, List<String>> headers) {
        List<String> sent = switch (param.location()) {
            case PATH -> Optional.ofNullable(pathValues.get(param.name())).map(List::of).orElse(List.of());
            case QUERY -> query.values(param.name());
            case HEADER -> headers.getOrDefault(param.name(), List.of());
            case COOKIE -> List.of();
        };
        if (param.encoding() == Param.Encoding.COMMA_JOINED) {
            List<String> exploded = param.explodedAlias().map(query::values).orElse(List.of());
            if (exploded.stream().noneMatch(value -> !value.isEmpty())) {
                // split where the commas were sent raw; empty items kept, so that bindParam can refuse them
                return param.location() == Param.Location.QUERY ? query.items(param.name()) : split(first(sent));
            }
            sent = exploded;
        } else if (param.encoding() == Param.Encoding.SINGLE) {
            sent = sent.isEmpty() ? List.of() : List.of(sent.get(0));
        }
        return sent.stream().filter(value -> !value.isEmpty()).toList();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(",", -1));
    }

    private void bindParam(Param param, List<String> raw) {
        if (raw.isEmpty()) {
            if (param.required()) {
                problems.add("Required parameter: " + param.name() + " is missing");
            } else {
                param.defaultValue().ifPresent(text -> bindDefault(param, text));
            }
            return;
        }
        given.add(param.name());
        List<Object> parsed = new ArrayList<>();
        Optional<String> problem = parseItems(param, raw, parsed);
        if (problem.isPresent()) {
            problems.add("Invalid parameter: " + param.name() + " " + problem.get());
        } else {
            values.put(param.name(), param.isList() ? List.copyOf(parsed) : parsed.get(0));
        }
    }

    /**
     * Checks one parameter's values as a client holds them: already one text per item, so that a
     * comma inside an item stays part of it. The same checks as {@link #bind}, one parameter at a
     * time, for a caller that names the parameter in its own words.
     *
     * @param param the parameter
     * @param items its values as text; empty when it is not given
     * @return what is wrong, worded to follow the parameter's name (e.g. {@code must be one of a, b
     *         (got 'c')}); empty when the values pass
     */
    public static Optional<String> check(Param param, List<String> items) {
        if (items.isEmpty()) {
            return param.required() ? Optional.of("is missing") : Optional.empty();
        }
        return parseItems(param, items, new ArrayList<>());
    }

    /** Parses and checks the items of a given parameter into {@code parsed}; the first problem, if any. */
    private static Optional<String> parseItems(Param param, List<String> raw, List<Object> parsed) {
        if (raw.contains("")) {
            return Optional.of("must not have empty items (got '" + String.join(",", raw) + "')");
        }
        Optional<String> problem = itemCount(param, raw.size());
        for (String text : raw) {
            if (problem.isPresent()) {
                break;
            }
            Object value = parse(param.kind(), text);
            problem = value == null ? Optional.of(typeProblem(param.kind(), text)) : check(param, text, value);
            parsed.add(value);
        }
        return problem;
    }

    private void bindDefault(Param param, String text) {
        Object value = parse(param.kind(), text);
        if (value != null) {
            values.put(param.name(), param.isList() ? List.of(value) : value);
        }
    }

    private static Optional<String> itemCount(Param param, int count) {
        if (param.limits().maxItems().filter(max -> count > max).isPresent()) {
            return Optional.of("takes at most " + param.limits().maxItems().get() + " values (got " + count + ")");
        }
        if (param.limits().minItems().filter(min -> count < min).isPresent()) {
            return Optional.of("takes at least " + param.limits().minItems().get() + " values (got " + count + ")");
        }
        return Optional.empty();
    }

    private static Object parse(ScalarKind kind, String text) {
        try {
            return switch (kind) {
                case STRING -> text;
                case INT32 -> (long) Integer.parseInt(text);
                case INT64 -> Long.parseLong(text);
                case NUMBER -> new BigDecimal(text);
                case BOOLEAN -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
                case DATE -> isoDate(text);
                case DATE_TIME -> OffsetDateTime.parse(text);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /** A date written YYYY-MM-DD, else null; read by hand, as a formatter takes ten times longer. */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the decimal digits from {@code from} to {@code to} write, or -1 for a non-digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String typeProblem(ScalarKind kind, String text) {
        String expected = switch (kind) {
            case STRING -> "a string";
            case INT32, INT64 -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case DATE -> "a date as YYYY-MM-DD";
            case DATE_TIME -> "a date-time such as 2021-07-15T00:00:00Z";
        };
        return "must be " + expected + " (got '" + text + "')";
    }

    private static Optional<String> check(Param param, String text, Object value) {
        String got = " (got '" + text + "')";
        Limits limits = param.limits();
        if (!param.allowedValues().isEmpty() && !param.allowedValues().contains(canonical(value))) {
            return Optional.of("must be one of " + String.join(", ", param.allowedValues()) + got);
        }
        if (limits.pattern().filter(regex -> !matches(regex, text)).isPresent()) {
            return Optional.of("must match " + limits.pattern().get() + got);
        }
        if (limits.minLength().filter(min -> text.length() < min).isPresent()) {
            return Optional.of("must be at least " + limits.minLength().get() + " characters long" + got);
        }
        if (limits.maxLength().filter(max -> text.length() > max).isPresent()) {
            return Optional.of("must be at most " + limits.maxLength().get() + " characters long" + got);
        }
        return checkNumber(limits, value, got).or(() -> checkDate(param, value, got));
    }

    private static String canonical(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    private static boolean matches(String regex, String text) {
        return PATTERNS.computeIfAbsent(regex, RequestBinder::compile).matcher(text).find();
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("the spec's pattern " + regex + " is not a Java regular expression", e);
        }
    }

    private static Optional<String> checkNumber(Limits limits, Object value, String got) {
        BigDecimal number = value instanceof Long integer ? BigDecimal.valueOf(integer)
                : value instanceof BigDecimal decimal ? decimal : null;
        if (number == null) {
            return Optional.empty();
        }
        if (limits.minimum().filter(min -> number.compareTo(min) < 0).isPresent()) {
            return Optional.of("must be at least " + limits.minimum().get().toPlainString() + got);
        }
        if (limits.maximum().filter(max -> number.compareTo(max) > 0).isPresent()) {
            return Optional.of("must be at most " + limits.maximum().get().toPlainString() + got);
        }
        return Optional.empty();
    }

    private static Optional<String> checkDate(Param param, Object value, String got) {
        if (!(value instanceof LocalDate date)) {
            return Optional.empty();
        }
        if (param.earliestDate().filter(date::isBefore).isPresent()) {
            return Optional.of("must be " + param.earliestDate().get() + " or later" + got);
        }
        if (param.alignment().filter(alignment -> alignment == Param.Alignment.MONTH_START).isPresent()
                && date.getDayOfMonth() != 1) {
            return Optional.of("must be the first day of a month" + got);
        }
        if (param.alignment().filter(alignment -> alignment == Param.Alignment.MONTH_END).isPresent()
                && date.getDayOfMonth() != date.lengthOfMonth()) {
            return Optional.of("must be the last day of a month" + got);
        }
        return Optional.empty();
    }

    private void checkRequiresOneOf() {
        List<String> names = route.rules().requiresOneOf();
        if (!names.isEmpty() && names.stream().noneMatch(given::contains)) {
            problems.add("Required parameter: one of " + String.join(", ", names) + " must be given");
        }
    }

    private void checkDateRange() {
        route.rules().dateRange().ifPresent(range -> {
            Object start = values.get(range.start());
            Object end = values.get(range.end());
            if (start instanceof LocalDate from && end instanceof LocalDate to && from.isAfter(to)) {
                problems.add("Invalid parameters: " + range.start() + " (" + from + ") must not be after "
                        + range.end() + " (" + to + ")");
            }
        });
    }
}
