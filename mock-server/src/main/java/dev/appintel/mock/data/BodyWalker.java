package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.mock.json.JsonSink;
import dev.appintel.mock.json.JsonTree;
import dev.appintel.runtime.Limits;
import dev.appintel.runtime.Rules;
import dev.appintel.runtime.Shape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks the shape of one response body and puts its values into a {@link JsonSink}: objects
 * property by property, lists of rows with one row per combination of the requested values of
 * the dimensions their properties name, maps keyed by the request's required dimensions, and
 * scalars made by {@link ValueRules}. An object whose values depend on its siblings (shares,
 * totals, series counts) is built as a tree, finished, then put into the sink whole. Nothing
 * here knows an endpoint; the request speaks through parameter names and the route's rules.
 */
final class BodyWalker {

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
    private final Optional<Rules.Pagination> pagination;
    private final ObjectPlans sharedPlans;
    /** The plans of this body's object shapes: its rows share a few shapes. */
    private final Map<Shape.ObjectShape, ObjectPlan> plans = new IdentityHashMap<>();
    private final long maxBytes;
    private int objects;

    BodyWalker(Function<String, Shape> shapes, ObjectPlans sharedPlans, RequestFacts request, long maxBytes) {
        this.maxBytes = maxBytes;
        this.sharedPlans = sharedPlans;
        this.universe = request.universe();
        this.request = request;
        this.shapes = new ShapeResolver(shapes, request);
        this.presence = new Presence(this.shapes, request);
        this.pagination = request.route().rules().pagination();
    }

    /** Puts the body for a response of this shape into {@code out}. */
    void walk(Shape shape, JsonSink out) {
        value(shape, Slot.BODY, null, ValueRules.Place.BODY, universe.root(), out);
    }

    /**
     * Puts one value: {@code rules} are those of its slot when it is a scalar or a list or map
     * of scalars (from its object's plan), else null.
     */
    private void value(Shape declared, Slot slot, ValueRules.Choice rules, ValueRules.Place place, Scope scope,
            JsonSink out) {
        Shape shape = shapes.resolve(declared);
        if (shape instanceof Shape.ObjectShape object) {
            object(object, scope, out);
        } else if (shape instanceof Shape.ListOf list) {
            list(list, slot, rules, scope, out);
        } else if (shape instanceof Shape.MapOf map) {
            map(map, slot, rules, scope, out);
        } else if (shape instanceof Shape.AnyValue) {
            out.startObject();
            out.endObject();
        } else {
            ValueRules.Choice chosen = rules != null ? rules
                    : ValueRules.choose(new ValueRules.Target(slot, shape, null, place, false));
            out.value(chosen.make(request, scope));
        }
    }

    // ---- objects -------------------------------------------------------------------------------

    private void object(Shape.ObjectShape object, Scope outer, JsonSink out) {
        ObjectPlan plan = plan(object);
        if (plan.needsAllValues()) {
            JsonTree tree = new JsonTree();
            fields(plan, object.schemaName(), outer, tree);
            ObjectNode node = (ObjectNode) tree.root();
            ValueRules.finish(plan, object, node);
            out.value(node);
        } else {
            fields(plan, object.schemaName(), outer, out);
        }
    }

    private void fields(ObjectPlan plan, String schemaName, Scope outer, JsonSink out) {
        objects++;
        Scope scope = about(plan, outer).ownedBy(schemaName);
        out.startObject();
        for (ObjectPlan.FieldPlan field : plan.present()) {
            // a scalar's scope differs from its object's only by its path, which only paging reads
            Scope child = field.scalar() && pagination.isEmpty() ? scope : scope.child(field.name());
            out.name(field.jsonName());
            if (field.scalar()) {
                out.value(field.rules().make(request, child));
            } else if (field.platform().isPresent() && !field.platform().get().equals(request.app(scope).os())) {
                out.value(JSON.nullNode());
            } else {
                value(field.shape(), field.slot(), field.items(), ValueRules.Place.PROPERTY, child, out);
            }
        }
        plan.extra().ifPresent(shape -> entries(shape, plan.extraSlot(), plan.extraRules(), scope, out));
        out.endObject();
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

    // ---- lists ---------------------------------------------------------------------------------

    private void list(Shape.ListOf list, Slot slot, ValueRules.Choice items, Scope scope, JsonSink out) {
        Shape element = shapes.resolve(list.element());
        if (element instanceof Shape.ListOf tuple) {
            // tuples are few and small: made as a tree
            ArrayNode array = JSON.arrayNode();
            Tuples.fill(array, tuple, slot, scope, request, universe, request.app(scope), MAX_OBJECTS - objects);
            objects += array.size();
            out.value(array);
            return;
        }
        out.startArray();
        if (element instanceof Shape.ObjectShape row) {
            rows(row, scope, out);
        } else if (element instanceof Shape.MapOf map) {
            ValueRules.Choice entries = scalarRules(map.value(), slot, ValueRules.Place.MAP_VALUE);
            for (int i = 0; i < count(slot, scope, universe.hash(scope, slot.name())); i++) {
                map(map, slot, entries, scope.row(i), out);
            }
        } else if (!(element instanceof Shape.AnyValue)) {
            scalarItems(element, slot, items, scope, out);
        }
        out.endArray();
    }

    /**
     * Puts the rows of a list of objects, one by one: a page of them when the list is the one the
     * route pages, else one per scope of {@link #rowScopes}. When the sink counts bytes, the first
     * row's size times the number of rows estimates the list's, and a body that would exceed
     * {@link #maxBytes} is refused before the other rows are made: rows of one list share a shape,
     * so they differ in size only by their values' digits.
     */
    private void rows(Shape.ObjectShape row, Scope scope, JsonSink out) {
        if (pagination.isPresent() && pagination.get().items().equals(scope.pointer())) {
            new Pages(request).rows().forEach(bound -> object(row, bound.apply(scope), out));
            return;
        }
        List<Scope> rows = rowScopes(row, scope);
        long before = out.size();
        for (int i = 0; i < rows.size(); i++) {
            if (objects >= MAX_OBJECTS) {
                throw tooLarge("more than " + MAX_OBJECTS + " objects");
            }
            object(row, rows.get(i), out);
            if (i == 0 && before >= 0) {
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
    private List<Scope> rowScopes(Shape.ObjectShape row, Scope scope) {
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

    /** The items of a list of scalars: by list-level rules (disabled, categories, series), else one by one. */
    private void scalarItems(Shape element, Slot slot, ValueRules.Choice items, Scope scope, JsonSink out) {
        if (slot.name().startsWith("disabled")) {
            return;
        }
        if (slot.name().equals("categories")) {
            AppFacts app = request.app(scope);
            app.categories().forEach(category -> out.value(ScalarValues.union(element, category, app)));
            return;
        }
        Hash hash = universe.hash(scope, slot.owner(), slot.name());
        int count = count(slot, scope, hash);
        if (SeriesValues.handles(slot)) {
            SeriesValues.of(slot, count, hash).forEach(value -> out.value(JSON.numberNode(value)));
            return;
        }
        ValueRules.Choice rules = items != null ? items : scalarRules(element, slot, ValueRules.Place.LIST_ITEM);
        for (int i = 0; i < count; i++) {
            out.value(rules.make(request, scope.row(i)));
        }
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
    private void map(Shape.MapOf map, Slot slot, ValueRules.Choice values, Scope scope, JsonSink out) {
        if (shapes.resolve(map.value()) instanceof Shape.AnyValue) {
            out.startObject();
            if (slot.name().contains("publisher")) {
                AppFacts publisher = universe.app(universe.hash(scope, "publisher").hex(24), "");
                out.name("publisher_id");
                out.value(JSON.textNode(publisher.publisherId()));
                out.name("publisher_name");
                out.value(JSON.textNode(publisher.publisherName()));
                out.name("share");
                out.value(JSON.numberNode(BigDecimal.valueOf(universe.hash(scope, "share").between(0.05, 0.6))
                        .setScale(4, RoundingMode.HALF_UP)));
            }
            out.endObject();
            return;
        }
        out.startObject();
        entries(map.value(), slot, values != null ? values : scalarRules(map.value(), slot, ValueRules.Place.MAP_VALUE),
                scope, out);
        out.endObject();
    }

    /** The rules of values of a shape in a slot, when they are scalars; else null. */
    private ValueRules.Choice scalarRules(Shape declared, Slot slot, ValueRules.Place place) {
        Shape shape = shapes.resolve(declared);
        return ValueRules.isScalar(shape) ? ValueRules.choose(new ValueRules.Target(slot, shape, null, place, false)) : null;
    }

    /**
     * Puts the entries of a map: keyed by the apps when its values are scalars (lookup tables),
     * else by the next dimension that a required parameter gives and no enclosing row has bound,
     * else by release dates, newest first.
     */
    private void entries(Shape valueShape, Slot slot, ValueRules.Choice values, Scope scope, JsonSink out) {
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
                out.name(id);
                value(value, slot, values, ValueRules.Place.MAP_VALUE, scope.bind(key.get(), id).child(id), out);
            }
            return;
        }
        LocalDate date = request.app(scope).updatedDate();
        Hash hash = universe.hash(scope, slot.name());
        for (int i = 0; i < hash.range(2, 4); i++) {
            DatePeriod day = new DatePeriod(date, date, Granularity.DAY);
            out.name(date.toString());
            value(value, slot, values, ValueRules.Place.MAP_VALUE, scope.bind(Dimension.PERIOD, day).child(date), out);
            date = date.minusDays(hash.then(i).range(5, 40));
        }
    }
}
