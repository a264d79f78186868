package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.mock.json.JsonWriter;
import dev.appintel.runtime.Limits;
import dev.appintel.runtime.Rules;
import dev.appintel.runtime.ScalarKind;
import dev.appintel.runtime.Shape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds one response body by walking its shape: objects property by property, lists of rows
 * with one row per combination of the requested values of the dimensions their properties name,
 * maps keyed by the request's required dimensions, and scalars chosen by property name. Nothing
 * here knows an endpoint; the request speaks through parameter names and the route's rules.
 */
final class BodyBuilder {

    /** The most rows one list gets, so that memory stays bounded; more is refused ({@link TooLargeException}). */
    static final int MAX_ROWS = 10_000;

    /** The most objects one body gets; more is refused ({@link TooLargeException}). */
    static final int MAX_OBJECTS = 200_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<Dimension> ROW_ORDER = List.of(Dimension.APP, Dimension.COHORT, Dimension.COUNTRY,
            Dimension.NETWORK, Dimension.AD_TYPE, Dimension.CHART, Dimension.CATEGORY, Dimension.PERIOD);
    private static final List<Dimension> KEY_ORDER = List.of(Dimension.APP, Dimension.COUNTRY, Dimension.CATEGORY,
            Dimension.CHART);

    private final Universe universe;
    private final RequestFacts request;
    private final ShapeResolver shapes;
    private final Presence presence;
    private final ScalarBuilder scalars;
    private final Pages pages;
    private final Optional<Rules.Pagination> pagination;
    /** The plans of this body's object shapes, found for each shape's first object. */
    private final Map<Shape.ObjectShape, ObjectPlan> plans = new IdentityHashMap<>();
    private final ObjectPlans sharedPlans;
    private final long maxBytes;
    private int objects;

    BodyBuilder(Function<String, Shape> shapes, ObjectPlans sharedPlans, Universe universe, RequestFacts request,
            long maxBytes) {
        this.maxBytes = maxBytes;
        this.sharedPlans = sharedPlans;
        this.universe = universe;
        this.request = request;
        this.shapes = new ShapeResolver(shapes, request);
        this.presence = new Presence(this.shapes, request);
        this.scalars = new ScalarBuilder(universe, request);
        this.pages = new Pages(universe, request);
        this.pagination = request.route().rules().pagination();
    }

    /** The body for a response of this shape. */
    JsonNode body(Shape shape) {
        return value(shape, Slot.BODY, Scope.ROOT);
    }

    /**
     * Writes the body for a response of this shape, the same JSON as {@link #body}'s: objects and
     * lists of objects straight to {@code out}, other values as trees. Most of a made-up body's
     * values sit in objects nothing changes after they are made; building and then walking a
     * tree of them cost about a tenth of an app metadata body.
     */
    void write(Shape shape, JsonWriter out) {
        write(shape, Slot.BODY, Scope.ROOT, out);
    }

    private void write(Shape declared, Slot slot, Scope scope, JsonWriter out) {
        Shape shape = shapes.resolve(declared);
        if (shape instanceof Shape.ObjectShape object) {
            writeObject(object, scope, out);
        } else if (shape instanceof Shape.ListOf list && shapes.resolve(list.element()) instanceof Shape.ObjectShape row) {
            out.startArray();
            eachRow(row, scope, rowScope -> writeObject(row, rowScope, out), out);
            out.endArray();
        } else {
            out.value(value(shape, slot, scope));
        }
    }

    private void writeObject(Shape.ObjectShape object, Scope outer, JsonWriter out) {
        ObjectPlan plan = plan(object);
        if (plan.extra().isPresent() || plan.shares() || plan.totals().isPresent()) {
            // their series counts, shares and totals are worked out from the values once all are made
            out.value(object(object, outer));
            return;
        }
        objects++;
        Scope scope = about(plan, outer);
        out.startObject();
        for (ObjectPlan.FieldPlan field : plan.present()) {
            Scope child = field.scalar() && pagination.isEmpty() ? scope : scope.child(field.name());
            out.name(field.jsonName());
            JsonNode fixed = fixedValue(field, child);
            if (fixed != null) {
                out.value(fixed);
            } else {
                write(field.shape(), field.slot(), child, out);
            }
        }
        out.endObject();
    }

    private JsonNode value(Shape declared, Slot slot, Scope scope) {
        Shape shape = shapes.resolve(declared);
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
        return scalars.scalar(shape, slot, scope);
    }

    // ---- objects -------------------------------------------------------------------------------

    private ObjectNode object(Shape.ObjectShape object, Scope outer) {
        objects++;
        ObjectPlan plan = plan(object);
        Scope scope = about(plan, outer);
        // sized for its properties: an app's metadata has dozens, and growing the map cost more than filling it
        ObjectNode node = new ObjectNode(JSON, new LinkedHashMap<>(plan.present().length * 4 / 3 + 2));
        for (ObjectPlan.FieldPlan field : plan.present()) {
            // a scalar's scope differs from its object's only by its pointer, which only pagination reads
            Scope child = field.scalar() && pagination.isEmpty() ? scope : scope.child(field.name());
            node.set(field.name(), fieldValue(field, child));
        }
        plan.extra().ifPresent(shape -> entries(node, shape, plan.extraSlot(), scope));
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
        return node;
    }

    private ObjectPlan plan(Shape.ObjectShape object) {
        ObjectPlan plan = plans.get(object);
        if (plan == null) {
            BitSet present = presence.present(object);
            plan = sharedPlans.get(object, request.os(), present, () -> ObjectPlan.of(object, shapes, present));
            plans.put(object, plan);
        }
        return plan;
    }

    /**
     * The scope of an object's properties: an object with a property that stands for a dimension
     * no enclosing row binds (an app's {@code app_id} at the top of a body) is about the request's
     * first value of it, and so are its maps and lists.
     */
    private Scope about(ObjectPlan plan, Scope scope) {
        Scope about = scope;
        for (Dimension dimension : plan.dimensions()) {
            List<String> values = request.values(dimension);
            if (dimension != Dimension.PERIOD && !about.binds(dimension) && !values.isEmpty()) {
                about = about.bind(dimension, values.get(0));
            }
        }
        return about;
    }

    private JsonNode fieldValue(ObjectPlan.FieldPlan field, Scope scope) {
        JsonNode fixed = fixedValue(field, scope);
        return fixed != null ? fixed : value(field.shape(), field.slot(), scope);
    }

    /**
     * The value of a property whose value its place decides (a page's total, a dimension an
     * enclosing row binds, the open end of an all-time period), or null for one made up by shape.
     */
    private JsonNode fixedValue(ObjectPlan.FieldPlan field, Scope scope) {
        if (pagination.isPresent() && pagination.get().total().equals(scope.pointer())) {
            return JSON.numberNode(pages.total());
        }
        Optional<Dimension> dimension = field.dimension();
        if (dimension.isPresent() && scope.binds(dimension.get())) {
            return scalars.bound(dimension.get(), field.shape(), scope);
        }
        if (field.nullableEndDate() && scope.period().filter(period -> period.granularity() == Granularity.ALL).isPresent()) {
            return JSON.nullNode();
        }
        return null;
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
        Shape element = shapes.resolve(list.element());
        ArrayNode array = JSON.arrayNode();
        if (element instanceof Shape.ObjectShape row) {
            eachRow(row, scope, rowScope -> array.add(object(row, rowScope)), null);
        } else if (element instanceof Shape.MapOf map) {
            for (int i = 0; i < count(slot, scope, universe.hash(scope, slot.name())); i++) {
                array.add(map(map, slot, scope.row(i)));
            }
        } else if (element instanceof Shape.ListOf tuple) {
            Tuples.fill(array, tuple, slot, scope, request, universe, scalars.app(scope), MAX_OBJECTS - objects);
            objects += array.size();
        } else if (!(element instanceof Shape.AnyValue)) {
            scalarList(array, element, slot, scope);
        }
        return array;
    }

    /**
     * Makes the rows of a list of objects, one by one: a page of them when the list is the one
     * the route pages, else one per scope of {@link #rows}. When they are written to {@code out},
     * the first row's size times the number of rows estimates the list's, and a body that would
     * exceed {@link #maxBytes} is refused before the other rows are made: rows of one list share a
     * shape, so they differ in size only by their values' digits.
     */
    private void eachRow(Shape.ObjectShape row, Scope scope, Consumer<Scope> make, JsonWriter out) {
        if (pagination.isPresent() && pagination.get().items().equals(scope.pointer())) {
            pages.rows().forEach(bound -> make.accept(bound.apply(scope)));
            return;
        }
        List<Scope> rows = rows(row, scope);
        int before = out == null ? 0 : out.size();
        for (int i = 0; i < rows.size(); i++) {
            if (objects >= MAX_OBJECTS) {
                throw tooLarge("more than " + MAX_OBJECTS + " objects");
            }
            make.accept(rows.get(i));
            if (i == 0 && out != null) {
                long rowBytes = out.size() - before;
                if (before + rowBytes * rows.size() > maxBytes) {
                    throw tooLarge("about " + megabytes(before + rowBytes * rows.size()) + " (" + rows.size()
                            + " rows of about " + rowBytes + " bytes), over the limit of " + megabytes(maxBytes));
                }
            }
        }
    }

    private TooLargeException tooLarge(String size) {
        return new TooLargeException("The answer would be too large: " + size + ", from " + request.sizeDrivers()
                + "; ask for fewer values, a shorter date range or a coarser granularity");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** One scope per row: the product of the requested values of the row's unbound dimensions. */
    private List<Scope> rows(Shape.ObjectShape row, Scope scope) {
        List<Scope> rows = List.of(scope);
        List<Dimension> dimensions = plan(row).dimensions();
        boolean any = false;
        for (Dimension dimension : ROW_ORDER) {
            if (!dimensions.contains(dimension) || scope.binds(dimension)) {
                continue;
            }
            List<?> values = dimension == Dimension.PERIOD ? request.periods() : request.rowValues(dimension);
            if (values.isEmpty()) {
                continue;
            }
            any = true;
            List<Scope> product = new ArrayList<>();
            for (Scope partial : rows) {
                if ((long) rows.size() * values.size() > MAX_ROWS) {
                    throw tooLarge("more than " + MAX_ROWS + " rows in one list");
                }
                for (Object value : values) {
                    product.add(partial.bind(dimension, value));
                }
            }
            rows = product;
        }
        if (any) {
            return rows;
        }
        int count = (int) universe.hash(scope, scope.pointer()).range(2, 5);
        List<Scope> unbound = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            unbound.add(scope.row(i));
        }
        return unbound;
    }

    private void scalarList(ArrayNode array, Shape element, Slot slot, Scope scope) {
        if (slot.name().startsWith("disabled")) {
            return;
        }
        AppFacts app = scalars.app(scope);
        if (slot.name().equals("categories")) {
            app.categories().forEach(category -> array.add(scalars.union(element, category, app)));
            return;
        }
        Hash hash = universe.hash(scope, slot.owner(), slot.name());
        int count = count(slot, scope, hash);
        if (SeriesValues.handles(slot)) {
            SeriesValues.of(slot, count, hash).forEach(array::add);
            return;
        }
        for (int i = 0; i < count; i++) {
            array.add(listItem(element, slot, scope.row(i), i));
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
        return scalars.scalar(element, slot, scope);
    }

    private int count(Slot slot, Scope scope, Hash hash) {
        Limits limits = slot.limits();
        if (slot.name().contains("histogram")) {
            return (int) scope.period().map(DatePeriod::days).orElse(28L).longValue();
        }
        if (limits.maxItems().isPresent()) {
            return limits.maxItems().get();
        }
        if (slot.name().equals("ad_formats")) {
            return 1;
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
        if (shapes.resolve(map.value()) instanceof Shape.AnyValue) {
            if (slot.name().contains("publisher")) {
                AppFacts publisher = universe.app(universe.hash(scope, "publisher").hex(24), "");
                node.put("publisher_id", publisher.publisherId()).put("publisher_name", publisher.publisherName())
                        .put("share", BigDecimal.valueOf(universe.hash(scope, "share").between(0.05, 0.6))
                                .setScale(4, RoundingMode.HALF_UP));
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
        Shape value = shapes.resolve(valueShape);
        boolean scalarValues = !(value instanceof Shape.ObjectShape || value instanceof Shape.MapOf
                || value instanceof Shape.ListOf);
        Optional<Dimension> key = scalarValues ? Optional.of(Dimension.APP) : KEY_ORDER.stream()
                .filter(dimension -> !scope.binds(dimension) && request.requiredBy(dimension))
                .findFirst();
        if (key.isPresent()) {
            for (String id : request.values(key.get())) {
                if (objects >= MAX_OBJECTS) {
                    throw tooLarge("more than " + MAX_OBJECTS + " objects");
                }
                objects++;
                node.set(id, value(value, slot, scope.bind(key.get(), id).child(id)));
            }
            return;
        }
        LocalDate date = scalars.app(scope).updatedDate();
        Hash hash = universe.hash(scope, slot.name());
        for (int i = 0; i < hash.range(2, 4); i++) {
            DatePeriod day = new DatePeriod(date, date, Granularity.DAY);
            node.set(date.toString(), value(value, slot, scope.bind(Dimension.PERIOD, day).child(date)));
            date = date.minusDays(hash.then(i).range(5, 40));
        }
    }
}
