package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.runtime.Rules;
import dev.appintel.runtime.ScalarKind;
import dev.appintel.runtime.Shape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How every scalar value of a body is made: one ordered table of rules, the first that applies
 * wins. The order is the precedence:
 *
 * <ol>
 * <li>where the value is: a page's total, a dimension an enclosing row binds, the open end of an
 * all-time period;</li>
 * <li>what the shape allows: enums, ids of union types;</li>
 * <li>items of lists whose values are a known vocabulary (countries, languages, ...);</li>
 * <li>humanized figures, whose rounded and text forms come from their figure;</li>
 * <li>strings, dates, booleans and numbers by name and unit, each kind ending in a default.</li>
 * </ol>
 *
 * Before any of them, a nullable list the spec keeps to one platform is null for apps of the
 * others ({@link #platformOnly}). Then, for objects whose values depend on their siblings,
 * {@link #finish} runs last: series
 * counts, shares that add up to 1 ({@link Shares}), totals that are sums of their parts
 * ({@link Totals}). Those objects are built as trees, the rest are written as they are made.
 *
 * <p>A rule has a part decided by the value's {@link Target} (its name, unit, shape and owner),
 * checked once per property when an object's plan is made, and may have a part decided by the
 * request and scope ({@link Here}), checked for each value.
 */
final class ValueRules {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Where a value sits. */
    enum Place { PROPERTY, LIST_ITEM, MAP_VALUE, BODY }

    /**
     * What is known of a value before any request: its slot, its resolved shape, the object that
     * owns it (null for a body), where it sits and whether it may be null.
     *
     * @param slot     the slot
     * @param shape    the resolved scalar, enum or union shape
     * @param owner    the owning object's shape, or null
     * @param place    where the value sits
     * @param nullable whether the property may be null
     */
    record Target(Slot slot, Shape shape, Shape.ObjectShape owner, Place place, boolean nullable) {

        String name() {
            return slot.name();
        }

        String lowerOwner() {
            return slot.owner().toLowerCase(Locale.ROOT);
        }

        boolean kind(ScalarKind... kinds) {
            return shape instanceof Shape.Scalar scalar && List.of(kinds).contains(scalar.kind());
        }

        boolean string() {
            return kind(ScalarKind.STRING);
        }

        boolean number() {
            return kind(ScalarKind.INT32, ScalarKind.INT64, ScalarKind.NUMBER);
        }

        boolean property() {
            return place == Place.PROPERTY;
        }
    }

    /** The part of a rule the request and scope decide. */
    @FunctionalInterface
    interface Here {
        boolean holds(RequestFacts request, Scope scope);
    }

    /** Makes a value for a request in a scope. */
    @FunctionalInterface
    interface Maker {
        JsonNode make(RequestFacts request, Scope scope);
    }

    /**
     * One row of the table.
     *
     * @param what    what the rule says, for people
     * @param applies whether it applies to a target
     * @param here    whether it applies to a value of the target, or null when it always does
     * @param maker   how the target's values are made
     */
    record ValueRule(String what, Predicate<Target> applies, Function<Target, Here> here, Function<Target, Maker> maker) {
    }

    /** The rules of one target that may apply, in order; the last always does. */
    static final class Choice {

        private final List<ValueRule> rules;
        private final Here[] heres;
        private final Maker[] makers;

        private Choice(List<ValueRule> rules, Here[] heres, Maker[] makers) {
            this.rules = rules;
            this.heres = heres;
            this.makers = makers;
        }

        /** The value for a request in a scope: made by the first rule that holds there. */
        JsonNode make(RequestFacts request, Scope scope) {
            for (int i = 0; i < makers.length - 1; i++) {
                if (heres[i].holds(request, scope)) {
                    return makers[i].make(request, scope);
                }
            }
            return makers[makers.length - 1].make(request, scope);
        }

        /** @return what the rules say, in order */
        List<String> rules() {
            return rules.stream().map(ValueRule::what).toList();
        }
    }

    private static final List<ValueRule> RULES = table();

    private ValueRules() {
    }

    /** @return the table, in precedence order */
    static List<ValueRule> rules() {
        return RULES;
    }

    /**
     * The rules that may make a target's values: those that apply to it, up to the first that
     * always holds.
     *
     * @param target the value's target
     * @return the choice
     * @throws IllegalStateException when no rule always holds for it
     */
    static Choice choose(Target target) {
        List<ValueRule> chosen = new ArrayList<>();
        List<Here> heres = new ArrayList<>();
        List<Maker> makers = new ArrayList<>();
        for (ValueRule rule : RULES) {
            if (rule.applies().test(target)) {
                chosen.add(rule);
                makers.add(rule.maker().apply(target));
                if (rule.here() == null) {
                    return new Choice(List.copyOf(chosen), heres.toArray(Here[]::new), makers.toArray(Maker[]::new));
                }
                heres.add(rule.here().apply(target));
            }
        }
        throw new IllegalStateException("no value rule for " + target);
    }

    /**
     * The platform a nullable list of an app's belongs to, when the spec keeps it to one: content
     * advisories are iOS's ({@code null} on Android), permissions Android's ("usually {@code null}").
     * Elsewhere the list is null; this comes before any rule of its items.
     *
     * @param name     the property's name
     * @param nullable whether it may be null
     * @return the platform, if the list is one platform's
     */
    static Optional<String> platformOnly(String name, boolean nullable) {
        if (!nullable) {
            return Optional.empty();
        }
        return switch (name) {
            case "advisories" -> Optional.of("ios");
            case "permissions" -> Optional.of("android");
            default -> Optional.empty();
        };
    }

    /** Whether values of the shape are made by this table. */
    static boolean isScalar(Shape shape) {
        return shape instanceof Shape.Scalar || shape instanceof Shape.Enumeration || shape instanceof Shape.ScalarUnion;
    }

    /**
     * The last rules, for an object built as a tree: the number of series in its open entries,
     * then its shares, then its totals.
     */
    static void finish(ObjectPlan plan, Shape.ObjectShape object, ObjectNode node) {
        if (plan.extra().isPresent() && node.has("lines")) {
            node.put("lines", series(node));
        }
        if (plan.shares()) {
            Shares.normalize(object, node);
        }
        if (plan.extra().isPresent()) {
            Totals.apply(node);
        } else {
            plan.totals().ifPresent(totals -> Totals.apply(totals, node));
        }
    }

    // ---- the table -------------------------------------------------------------------------------

    private static List<ValueRule> table() {
        List<ValueRule> rules = new ArrayList<>();
        // 1. where the value is
        rules.add(new ValueRule("a page's total: the number of items over all pages",
                target -> target.property(), target -> ValueRules::isPageTotal,
                target -> (request, scope) -> JSON.numberNode(new Pages(request).total())));
        rules.add(new ValueRule("a dimension an enclosing row binds: the row's value",
                target -> target.property() && dimension(target).isPresent(),
                target -> binds(dimension(target).orElseThrow()), ValueRules::boundMaker));
        rules.add(new ValueRule("the end date of an all-time period: null, the period is open",
                target -> target.property() && target.nullable() && target.name().equals("end_date"),
                target -> (request, scope) -> scope.period().filter(period -> period.granularity() == Granularity.ALL).isPresent(),
                target -> (request, scope) -> JSON.nullNode()));
        // 2. what the shape allows
        rules.add(always("an enum: the request's own value when allowed, else the app's platform, else a pick",
                target -> target.shape() instanceof Shape.Enumeration, target -> ScalarValues.enumeration(target)));
        rules.add(always("an id of a union type: the app's publisher, category or id, else a hashed number",
                target -> target.shape() instanceof Shape.ScalarUnion, target -> ScalarValues.unionId(target)));
        // 3. items of lists of a known vocabulary
        rules.add(always("a country of a list of countries", target -> listItem(target, "countries"),
                target -> (request, scope) -> JSON.textNode(cycle(Vocabulary.COUNTRIES, scope.index()))));
        rules.add(always("a language of a list of languages", target -> listItem(target, "languages"),
                target -> (request, scope) -> JSON.textNode(cycle(Vocabulary.LANGUAGES, scope.index()))));
        rules.add(always("an ad format: the bound ad type's first word", target -> listItem(target, "ad_formats"),
                target -> (request, scope) -> JSON.textNode(scope.text(Dimension.AD_TYPE)
                        .map(type -> type.split("-")[0]).orElse("video"))));
        rules.add(always("a content advisory, from where the app's list of them starts", target -> listItem(target, "advisories"),
                target -> (request, scope) -> JSON.textNode(appCycle(request, scope, "advisories", Vocabulary.ADVISORIES))));
        rules.add(always("an Android permission, from where the app's list of them starts",
                target -> listItem(target, "permissions"), target -> (request, scope) -> JSON.textNode(
                        "android.permission." + appCycle(request, scope, "permissions", Vocabulary.PERMISSIONS))));
        // 4. humanized figures
        rules.add(always("a humanized figure's rounded form, unit, prefix or text: from its figure",
                Humanized::applies, Humanized::maker));
        // 5. strings
        TextValues.rules(rules);
        // 6. dates
        TextValues.dateRules(rules);
        // 7. booleans
        rules.add(always("a boolean: true, but for what is enabled and new creatives",
                target -> target.kind(ScalarKind.BOOLEAN), target -> {
                    boolean value = !target.name().contains("enabled") && !target.name().equals("new_creative");
                    return (request, scope) -> JSON.booleanNode(value);
                }));
        // 8. numbers
        NumberValues.rules(rules);
        return List.copyOf(rules);
    }

    static ValueRule always(String what, Predicate<Target> applies, Function<Target, Maker> maker) {
        return new ValueRule(what, applies, null, maker);
    }

    /** How a string, date or number is made from its place's facts and hash. */
    @FunctionalInterface
    interface FromFacts<T> {
        T make(RequestFacts request, Scope scope, AppFacts app, Hash hash);
    }

    /** A maker of text nodes, hashed by the scope, the owner and the name. */
    static Maker text(Target target, FromFacts<String> text) {
        String owner = target.slot().owner();
        String name = target.name();
        return (request, scope) -> JSON.textNode(text.make(request, scope, request.app(scope),
                request.universe().hash(scope, owner, name)));
    }

    private static boolean listItem(Target target, String name) {
        return target.place() == Place.LIST_ITEM && target.string() && target.name().contains(name);
    }

    private static String cycle(List<String> values, int index) {
        return values.get(index % values.size());
    }

    /** The item at the scope's index of an app's list, which starts at a place of its own: no item twice in a short list. */
    private static String appCycle(RequestFacts request, Scope scope, String list, List<String> values) {
        long start = request.universe().hash(list, request.app(scope).id()).range(0, values.size() - 1);
        return cycle(values, (int) start + scope.index());
    }

    private static boolean isPageTotal(RequestFacts request, Scope scope) {
        Optional<Rules.Pagination> pagination = request.route().rules().pagination();
        return pagination.isPresent() && pagination.get().total().equals(scope.pointer());
    }

    private static Optional<Dimension> dimension(Target target) {
        return target.owner() == null ? Optional.empty() : Dimension.ofField(target.name(), target.shape(), target.owner());
    }

    /** The bound value of the target's dimension, typed as the property wants it. */
    private static Maker boundMaker(Target target) {
        Dimension dimension = dimension(target).orElseThrow();
        Shape shape = target.shape();
        if (dimension == Dimension.PERIOD) {
            boolean dateTime = shape instanceof Shape.Scalar scalar && scalar.kind() == ScalarKind.DATE_TIME;
            return (request, scope) -> JSON.textNode(scope.period().orElseThrow().startText(dateTime));
        }
        if (dimension == Dimension.APP) {
            return (request, scope) -> ScalarValues.union(shape, scope.text(dimension).orElseThrow(), request.app(scope));
        }
        return (request, scope) -> ScalarValues.typed(shape, scope.text(dimension).orElseThrow());
    }

    private static Here binds(Dimension dimension) {
        return (request, scope) -> scope.binds(dimension);
    }

    /** The number of series in the entries of an object: the objects at the bottom of its nested maps. */
    private static int series(JsonNode node) {
        int count = 0;
        for (JsonNode child : node) {
            count += child.isObject() ? leaves(child) : 0;
        }
        return count;
    }

    private static int leaves(JsonNode node) {
        int count = 0;
        boolean hasObjectChild = false;
        for (JsonNode child : node) {
            if (child.isObject()) {
                hasObjectChild = true;
                count += leaves(child);
            }
        }
        return hasObjectChild ? count : 1;
    }

    /** Names as a set, for rules that apply to any of them. */
    static Predicate<Target> named(String... names) {
        Set<String> set = Set.of(names);
        return target -> set.contains(target.name());
    }

    /** A date's text: a date, or a date-time at midnight UTC (the last second for an end). */
    static JsonNode dateNode(Target target, LocalDate date) {
        return JSON.textNode(target.kind(ScalarKind.DATE_TIME)
                ? TextValues.dateTime(date, target.name().startsWith("end")) : date.toString());
    }
}
