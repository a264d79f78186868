package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.mock.api.support.Field;
import dev.appintel.mock.api.support.Limits;
import dev.appintel.mock.api.support.Param;
import dev.appintel.mock.api.support.ScalarKind;
import dev.appintel.mock.api.support.Shape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds one response body by walking its shape: objects property by property, lists of rows
 * with one row per combination of the requested values of the dimensions their properties name,
 * maps keyed by the request's required dimensions, and scalars chosen by property name. Nothing
 * here knows an endpoint; the request speaks through parameter names and the route's rules.
 */
final class BodyBuilder {

    /** The most rows one list gets, so that memory stays bounded. */
    static final int MAX_ROWS = 10_000;

    /** The most objects one body gets; lists and maps stop growing beyond it. */
    static final int MAX_OBJECTS = 200_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<Dimension> ROW_ORDER = List.of(Dimension.APP, Dimension.COHORT, Dimension.COUNTRY,
            Dimension.NETWORK, Dimension.AD_TYPE, Dimension.CHART, Dimension.CATEGORY, Dimension.PERIOD);
    private static final List<Dimension> KEY_ORDER = List.of(Dimension.APP, Dimension.COUNTRY, Dimension.CATEGORY,
            Dimension.CHART);

    private final Function<String, Shape> shapes;
    private final Universe universe;
    private final RequestFacts request;
    private final TextValues texts;
    private final NumberValues numbers;
    private final Pages pages;
    private int objects;

    BodyBuilder(Function<String, Shape> shapes, Universe universe, RequestFacts request) {
        this.shapes = shapes;
        this.universe = universe;
        this.request = request;
        this.texts = new TextValues(universe, request);
        this.numbers = new NumberValues(universe);
        this.pages = new Pages(universe, request);
    }

    /** The body for a response of this shape. */
    JsonNode body(Shape shape) {
        return value(shape, Slot.BODY, Scope.ROOT);
    }

    private JsonNode value(Shape declared, Slot slot, Scope scope) {
        Shape shape = resolve(declared);
        if (shape instanceof Shape.ObjectShape object) {
            return object(object, scope);
        }
        if (shape instanceof Shape.ListOf list) {
            return list(list, slot, scope);
        }
        if (shape instanceof Shape.MapOf map) {
            return map(map, slot, scope);
        }
        if (shape instanceof Shape.AnyValue) {
            return JSON.objectNode();
        }
        return scalar(shape, slot, scope);
    }

    private Shape resolve(Shape shape) {
        Shape resolved = shape instanceof Shape.Ref ref ? shapes.apply(ref.schemaName()) : shape;
        if (resolved instanceof Shape.ObjectUnion union) {
            return resolve(new Shape.Ref(alternative(union)));
        }
        return resolved;
    }

    /** The alternative named after the request's platform ({@code IosSalesEstimate} for ios), else the first. */
    private String alternative(Shape.ObjectUnion union) {
        String os = request.os().toLowerCase(Locale.ROOT);
        return union.alternatives().stream().filter(name -> !os.isEmpty() && name.toLowerCase(Locale.ROOT).startsWith(os))
                .findFirst().orElse(union.alternatives().get(0));
    }

    // ---- objects -------------------------------------------------------------------------------

    private ObjectNode object(Shape.ObjectShape object, Scope scope) {
        objects++;
        ObjectNode node = JSON.objectNode();
        Set<String> unrequested = unrequestedMetrics(object);
        for (Field field : object.fields()) {
            if (present(field, unrequested)) {
                Scope child = scope.child(field.name());
                node.set(field.name(), fieldValue(object, field, child));
            }
        }
        Optional<Shape> extra = object.extra().filter(shape -> !(shape instanceof Shape.AnyValue));
        extra.ifPresent(shape -> entries(node, shape, new Slot(object.schemaName(), Limits.NONE, object.schemaName()), scope));
        if (extra.isPresent() && node.has("lines")) {
            node.put("lines", series(node));
        }
        Shares.normalize(object, node);
        return node;
    }

    private JsonNode fieldValue(Shape.ObjectShape object, Field field, Scope scope) {
        Shape shape = resolve(field.shape());
        Slot slot = new Slot(field.name(), field.limits(), object.schemaName());
        if (request.route().rules().pagination().filter(page -> page.total().equals(scope.pointer())).isPresent()) {
            return JSON.numberNode(pages.total());
        }
        Optional<Dimension> dimension = Dimension.ofField(field.name(), shape, object);
        if (dimension.isPresent() && scope.bound().containsKey(dimension.get())) {
            return bound(dimension.get(), shape, slot, scope);
        }
        if (field.nullable() && field.name().equals("end_date") && scope.period()
                .filter(period -> period.granularity() == Granularity.ALL).isPresent()) {
            return JSON.nullNode();
        }
        return value(shape, slot, scope);
    }

    private boolean present(Field field, Set<String> unrequested) {
        if (unrequested.contains(field.name())) {
            return false;
        }
        if (field.presentWith().filter(flag -> request.route().param(flag).isPresent()
                && !request.request().flag(flag)).isPresent()) {
            return false;
        }
        return field.required() || breakdownAllows(field);
    }

    /**
     * The metrics the request could have asked for but did not: the object's properties named by
     * the allowed values of a list parameter, less the values it sent.
     */
    private Set<String> unrequestedMetrics(Shape.ObjectShape object) {
        Set<String> unrequested = new TreeSet<>();
        for (Param param : request.route().params()) {
            if (param.isList() && !param.allowedValues().isEmpty()
                    && param.allowedValues().stream().allMatch(value -> object.field(value).isPresent())) {
                unrequested.addAll(param.allowedValues());
                unrequested.removeAll(request.request().texts(param.name()));
            }
        }
        return unrequested;
    }

    /**
     * With a {@code breakdown} parameter, an optional list of rows appears only when its rows are
     * broken down by exactly the requested dimensions ({@code app_id,region}: app and country).
     */
    private boolean breakdownAllows(Field field) {
        Optional<String> breakdown = request.request().text("breakdown");
        Shape shape = resolve(field.shape());
        if (breakdown.isEmpty() || !(shape instanceof Shape.ListOf list)
                || !(resolve(list.element()) instanceof Shape.ObjectShape row)) {
            return true;
        }
        Set<Dimension> wanted = new TreeSet<>();
        for (String name : breakdown.get().split(",")) {
            Dimension.ofBreakdown(name.trim()).ifPresent(wanted::add);
        }
        Set<Dimension> has = new TreeSet<>(dimensions(row));
        has.remove(Dimension.PERIOD);
        return has.equals(wanted);
    }

    private List<Dimension> dimensions(Shape.ObjectShape object) {
        List<Dimension> found = new ArrayList<>();
        for (Field field : object.fields()) {
            Dimension.ofField(field.name(), resolve(field.shape()), object).filter(d -> !found.contains(d))
                    .ifPresent(found::add);
        }
        return found;
    }

    /** The number of series in the entries of an object: the objects at the bottom of its nested maps. */
    private static int series(JsonNode node) {
        int count = 0;
        for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
            JsonNode child = children.next();
            count += child.isObject() ? leaves(child) : 0;
        }
        return count;
    }

    private static int leaves(JsonNode node) {
        int count = 0;
        boolean hasObjectChild = false;
        for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
            JsonNode child = children.next();
            if (child.isObject()) {
                hasObjectChild = true;
                count += leaves(child);
            }
        }
        return hasObjectChild ? count : 1;
    }

    // ---- lists ---------------------------------------------------------------------------------

    private ArrayNode list(Shape.ListOf list, Slot slot, Scope scope) {
        Shape element = resolve(list.element());
        ArrayNode array = JSON.arrayNode();
        if (request.route().rules().pagination().filter(page -> page.items().equals(scope.pointer())).isPresent()
                && element instanceof Shape.ObjectShape row) {
            pages.rows().forEach(bound -> array.add(object(row, bound.apply(scope))));
        } else if (element instanceof Shape.ObjectShape row) {
            for (Scope rowScope : rows(row, scope)) {
                if (objects >= MAX_OBJECTS) {
                    break;
                }
                array.add(object(row, rowScope));
            }
        } else if (element instanceof Shape.MapOf map) {
            for (int i = 0; i < count(slot, scope, universe.hash(scope.key(), slot.name())); i++) {
                array.add(map(map, slot, scope.row(i)));
            }
        } else if (element instanceof Shape.ListOf tuple) {
            Tuples.fill(array, tuple, slot, scope, request, universe, app(scope), MAX_OBJECTS - objects);
            objects += array.size();
        } else if (!(element instanceof Shape.AnyValue)) {
            scalars(array, element, slot, scope);
        }
        return array;
    }

    /** One scope per row: the product of the requested values of the row's unbound dimensions. */
    private List<Scope> rows(Shape.ObjectShape row, Scope scope) {
        List<Scope> rows = List.of(scope);
        List<Dimension> dimensions = dimensions(row);
        boolean any = false;
        for (Dimension dimension : ROW_ORDER) {
            if (!dimensions.contains(dimension) || scope.bound().containsKey(dimension)) {
                continue;
            }
            List<?> values = dimension == Dimension.PERIOD ? request.periods() : request.values(dimension);
            if (values.isEmpty()) {
                continue;
            }
            any = true;
            List<Scope> product = new ArrayList<>();
            for (Scope partial : rows) {
                for (Object value : values) {
                    if (product.size() < MAX_ROWS) {
                        product.add(partial.bind(dimension, value));
                    }
                }
            }
            rows = product;
        }
        if (any) {
            return rows;
        }
        int count = (int) universe.hash(scope.key(), scope.pointer()).range(2, 5);
        List<Scope> unbound = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            unbound.add(scope.row(i));
        }
        return unbound;
    }

    private void scalars(ArrayNode array, Shape element, Slot slot, Scope scope) {
        Hash hash = universe.hash(scope.key(), slot.owner(), slot.name());
        AppFacts app = app(scope);
        if (slot.name().startsWith("disabled")) {
            return;
        }
        if (slot.name().equals("categories")) {
            app.categories().forEach(category -> array.add(union(element, category, app)));
            return;
        }
        int count = count(slot, scope, hash);
        if (SeriesValues.handles(slot)) {
            SeriesValues.of(slot, count, hash).forEach(array::add);
            return;
        }
        for (int i = 0; i < count; i++) {
            Slot item = new Slot(slot.name(), slot.limits(), slot.owner());
            array.add(listItem(element, item, scope.row(i), i));
        }
    }

    private JsonNode listItem(Shape element, Slot slot, Scope scope, int i) {
        String name = slot.name();
        if (element instanceof Shape.Scalar scalar && scalar.kind() == ScalarKind.STRING) {
            if (name.contains("countries")) {
                return JSON.textNode(Vocabulary.COUNTRIES.get(i % Vocabulary.COUNTRIES.size()));
            }
            if (name.contains("languages")) {
                return JSON.textNode(Vocabulary.LANGUAGES.get(i % Vocabulary.LANGUAGES.size()));
            }
            if (name.equals("ad_formats")) {
                return JSON.textNode(scope.text(Dimension.AD_TYPE).map(type -> type.split("-")[0]).orElse("video"));
            }
        }
        return scalar(element, slot, scope);
    }

    private int count(Slot slot, Scope scope, Hash hash) {
        Limits limits = slot.limits();
        if (slot.name().contains("histogram")) {
            return (int) scope.period().map(DatePeriod::days).orElse(28L).longValue();
        }
        if (limits.maxItems().isPresent()) {
            return limits.maxItems().get();
        }
        if (slot.name().contains("retention")) {
            return (int) hash.range(3, 8);
        }
        return (int) Math.max(limits.minItems().orElse(1), hash.range(1, 3));
    }

    // ---- maps ----------------------------------------------------------------------------------

    /**
     * A map. A map of open values is a record the spec does not describe; for publishers (the only
     * kind the spec shows) it holds the publisher's id, name and share.
     */
    private ObjectNode map(Shape.MapOf map, Slot slot, Scope scope) {
        ObjectNode node = JSON.objectNode();
        if (resolve(map.value()) instanceof Shape.AnyValue) {
            if (slot.name().contains("publisher")) {
                AppFacts publisher = universe.app(universe.hash(scope.key(), "publisher").hex(24), "");
                node.put("publisher_id", publisher.publisherId()).put("publisher_name", publisher.publisherName())
                        .put("share", BigDecimal.valueOf(universe.hash(scope.key(), "share").between(0.05, 0.6))
                                .setScale(4, java.math.RoundingMode.HALF_UP));
            }
            return node;
        }
        entries(node, map.value(), slot, scope);
        return node;
    }

    /**
     * Fills a map: keyed by the apps when its values are scalars (lookup tables), else by the next
     * dimension that a required parameter gives and no enclosing row has bound, else by release
     * dates, newest first.
     */
    private void entries(ObjectNode node, Shape valueShape, Slot slot, Scope scope) {
        Shape value = resolve(valueShape);
        boolean scalarValues = !(value instanceof Shape.ObjectShape || value instanceof Shape.MapOf
                || value instanceof Shape.ListOf);
        Optional<Dimension> key = scalarValues ? Optional.of(Dimension.APP) : KEY_ORDER.stream()
                .filter(dimension -> !scope.bound().containsKey(dimension) && request.requiredBy(dimension))
                .findFirst();
        if (key.isPresent()) {
            for (String id : request.values(key.get())) {
                if (objects >= MAX_OBJECTS) {
                    break;
                }
                objects++;
                node.set(id, value(value, slot, scope.bind(key.get(), id).child(id)));
            }
            return;
        }
        LocalDate date = app(scope).updatedDate();
        Hash hash = universe.hash(scope.key(), slot.name());
        for (int i = 0; i < hash.range(2, 4); i++) {
            DatePeriod day = new DatePeriod(date, date, Granularity.DAY);
            node.set(date.toString(), value(value, slot, scope.bind(Dimension.PERIOD, day).child(date)));
            date = date.minusDays(hash.then(i).range(5, 40));
        }
    }

    // ---- scalars -------------------------------------------------------------------------------

    private JsonNode bound(Dimension dimension, Shape shape, Slot slot, Scope scope) {
        if (dimension == Dimension.PERIOD) {
            LocalDate start = scope.period().orElseThrow().start();
            return shape instanceof Shape.Scalar scalar && scalar.kind() == ScalarKind.DATE_TIME
                    ? JSON.textNode(TextValues.dateTime(start, false)) : JSON.textNode(start.toString());
        }
        String text = scope.text(dimension).orElseThrow();
        return dimension == Dimension.APP ? union(shape, text, app(scope)) : typed(shape, text, slot);
    }

    private JsonNode scalar(Shape shape, Slot slot, Scope scope) {
        AppFacts app = app(scope);
        if (shape instanceof Shape.Enumeration enumeration) {
            return enumeration(enumeration, scope);
        }
        if (shape instanceof Shape.ScalarUnion) {
            String name = slot.name();
            String text = name.contains("publisher") ? app.publisherId() : name.contains("category") ? app.categories().get(0)
                    : name.equals("app_id") || name.equals("aid") ? app.id()
                    : Long.toString(universe.hash(scope.key(), slot.owner(), name).range(100_000_000L, 1_900_000_000L));
            return union(shape, text, app);
        }
        ScalarKind kind = ((Shape.Scalar) shape).kind();
        return switch (kind) {
            case STRING -> JSON.textNode(lookup(slot, app).orElseGet(() -> texts.text(slot, scope, app)));
            case DATE -> JSON.textNode(texts.date(slot, scope, app).toString());
            case DATE_TIME -> JSON.textNode(TextValues.dateTime(texts.date(slot, scope, app), slot.name().startsWith("end")));
            case BOOLEAN -> JSON.booleanNode(!slot.name().contains("enabled") && !slot.name().equals("new_creative"));
            case INT32, INT64 -> JSON.numberNode(numbers.number(slot, scope, app, true).longValue());
            case NUMBER -> JSON.numberNode(numbers.number(slot, scope, app, false));
        };
    }

    /** The values of a lookup table's entries: the app's unified id, publisher or unified publisher. */
    private static Optional<String> lookup(Slot slot, AppFacts app) {
        if (!slot.name().contains("lookup")) {
            return Optional.empty();
        }
        return Optional.of(slot.name().contains("unified_publisher") ? app.unifiedPublisherId()
                : slot.name().contains("publisher") ? app.publisherId() : app.unifiedAppId());
    }

    private JsonNode enumeration(Shape.Enumeration enumeration, Scope scope) {
        for (String value : request.request().values().values().stream().map(String::valueOf).toList()) {
            if (enumeration.values().contains(value)) {
                return typed(new Shape.Scalar(enumeration.kind()), value, Slot.BODY);
            }
        }
        String os = app(scope).os();
        String value = enumeration.values().contains(os) ? os
                : universe.hash(scope.key(), enumeration.schemaName()).pick(enumeration.values());
        return typed(new Shape.Scalar(enumeration.kind()), value, Slot.BODY);
    }

    /** An id of a union type: a number on iOS when it is all digits, else a string. */
    private static JsonNode union(Shape shape, String text, AppFacts app) {
        boolean digits = !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
        boolean numberAllowed = shape instanceof Shape.ScalarUnion union
                && union.kinds().stream().anyMatch(kind -> kind == ScalarKind.INT64 || kind == ScalarKind.INT32)
                || shape instanceof Shape.Scalar scalar && scalar.kind() != ScalarKind.STRING;
        if (shape instanceof Shape.Scalar scalar && scalar.kind() != ScalarKind.STRING) {
            return JSON.numberNode(digits ? Long.parseLong(text) : Math.abs((long) text.hashCode()) + 1);
        }
        return numberAllowed && digits && (app.ios() || Universe.osOf(text).equals("ios"))
                ? JSON.numberNode(Long.parseLong(text)) : JSON.textNode(text);
    }

    private static JsonNode typed(Shape shape, String text, Slot slot) {
        if (shape instanceof Shape.Scalar scalar) {
            switch (scalar.kind()) {
                case INT32, INT64 -> {
                    return JSON.numberNode(Long.parseLong(text));
                }
                case NUMBER -> {
                    return JSON.numberNode(new BigDecimal(text));
                }
                default -> {
                    return JSON.textNode(text);
                }
            }
        }
        return JSON.textNode(text);
    }

    private AppFacts app(Scope scope) {
        String id = scope.text(Dimension.APP).or(() -> request.values(Dimension.APP).stream().findFirst())
                .or(() -> request.request().text("app_id")).orElse("0");
        return universe.app(id, request.os());
    }
}
