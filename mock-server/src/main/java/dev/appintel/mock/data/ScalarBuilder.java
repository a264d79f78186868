package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.appintel.runtime.ScalarKind;
import dev.appintel.runtime.Shape;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Scalar values: a bound dimension's value typed as the property wants it, ids of union types
 * (numbers for iOS, strings otherwise), enums (the request's own value when the enum allows it),
 * and strings, dates, numbers and booleans chosen by name.
 */
final class ScalarBuilder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Universe universe;
    private final RequestFacts request;
    private final TextValues texts;
    private final NumberValues numbers;
    private String defaultAppId;
    private List<String> requestTexts;
    private String lastAppId;
    private AppFacts lastApp;

    ScalarBuilder(Universe universe, RequestFacts request) {
        this.universe = universe;
        this.request = request;
        this.texts = new TextValues(universe, request);
        this.numbers = new NumberValues(universe);
    }

    /** The value of a property that stands for a dimension bound by an enclosing row. */
    JsonNode bound(Dimension dimension, Shape shape, Scope scope) {
        if (dimension == Dimension.PERIOD) {
            DatePeriod period = scope.period().orElseThrow();
            return JSON.textNode(period.startText(shape instanceof Shape.Scalar scalar && scalar.kind() == ScalarKind.DATE_TIME));
        }
        String text = scope.text(dimension).orElseThrow();
        return dimension == Dimension.APP ? union(shape, text, app(scope)) : typed(shape, text);
    }

    /** A value of a scalar, enum or scalar union shape for the slot. */
    JsonNode scalar(Shape shape, Slot slot, Scope scope) {
        AppFacts app = app(scope);
        if (shape instanceof Shape.Enumeration enumeration) {
            return enumeration(enumeration, scope);
        }
        if (shape instanceof Shape.ScalarUnion) {
            String name = slot.name();
            String text = name.contains("publisher") ? app.publisherId() : name.contains("category") ? app.categories().get(0)
                    : name.equals("app_id") || name.equals("aid") ? app.id()
                    : Long.toString(universe.hash(scope, slot.owner(), name).range(100_000_000L, 1_900_000_000L));
            return union(shape, text, app);
        }
        ScalarKind kind = ((Shape.Scalar) shape).kind();
        return switch (kind) {
            case STRING -> JSON.textNode(lookup(slot, app).orElseGet(() -> texts.text(slot, scope, app)));
            case DATE -> JSON.textNode(texts.date(slot, scope, app).toString());
            case DATE_TIME -> JSON.textNode(TextValues.dateTime(texts.date(slot, scope, app), slot.name().startsWith("end")));
            case BOOLEAN -> JSON.booleanNode(!slot.name().contains("enabled") && !slot.name().equals("new_creative"));
            case INT32, INT64 -> JSON.numberNode(numbers.integer(slot, scope, app));
            case NUMBER -> JSON.numberNode(numbers.decimal(slot, scope, app));
        };
    }

    /** An id of a union type: a number on iOS when it is all digits, else a string. */
    JsonNode union(Shape shape, String text, AppFacts app) {
        boolean digits = !text.isEmpty() && text.length() < 19 && allDigits(text);
        if (shape instanceof Shape.Scalar scalar && scalar.kind() != ScalarKind.STRING) {
            return JSON.numberNode(digits ? Long.parseLong(text) : Math.abs((long) text.hashCode()) + 1);
        }
        boolean numberAllowed = shape instanceof Shape.ScalarUnion union
                && (union.kinds().contains(ScalarKind.INT64) || union.kinds().contains(ScalarKind.INT32));
        return numberAllowed && digits && (app.ios() || Universe.osOf(text).equals("ios"))
                ? JSON.numberNode(Long.parseLong(text)) : JSON.textNode(text);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The facts of the app the scope is about: the bound app, else the first requested one. */
    AppFacts app(Scope scope) {
        Object bound = scope.value(Dimension.APP);
        String id = bound != null ? bound.toString() : defaultAppId();
        // most values in a row are about the row's app: one look-up per row, not per value
        if (!id.equals(lastAppId)) {
            lastApp = universe.app(id, request.os());
            lastAppId = id;
        }
        return lastApp;
    }

    private String defaultAppId() {
        if (defaultAppId == null) {
            defaultAppId = request.values(Dimension.APP).stream().findFirst()
                    .or(() -> request.request().text("app_id")).orElse("0");
        }
        return defaultAppId;
    }

    /** The values of a lookup table's entries: the app's unified id, publisher or unified publisher. */
    private static Optional<String> lookup(Slot slot, AppFacts app) {
        if (!slot.name().contains("lookup")) {
            return Optional.empty();
        }
        return Optional.of(slot.name().contains("unified_publisher") ? app.unifiedPublisherId()
                : slot.name().contains("publisher") ? app.publisherId() : app.unifiedAppId());
    }

    /** The request's own value when the enum allows it, else the app's platform, else a pick. */
    private JsonNode enumeration(Shape.Enumeration enumeration, Scope scope) {
        for (String value : requestTexts()) {
            if (enumeration.values().contains(value)) {
                return typed(new Shape.Scalar(enumeration.kind()), value);
            }
        }
        String os = app(scope).os();
        String value = enumeration.values().contains(os) ? os
                : universe.hash(scope, enumeration.schemaName()).pick(enumeration.values());
        return typed(new Shape.Scalar(enumeration.kind()), value);
    }

    /** The request's values as text, made once: an enum takes the request's own value when it allows it. */
    private List<String> requestTexts() {
        if (requestTexts == null) {
            requestTexts = request.request().values().values().stream().map(String::valueOf).toList();
        }
        return requestTexts;
    }

    private static JsonNode typed(Shape shape, String text) {
        if (shape instanceof Shape.Scalar scalar && (scalar.kind() == ScalarKind.INT32 || scalar.kind() == ScalarKind.INT64)) {
            return JSON.numberNode(Long.parseLong(text));
        }
        if (shape instanceof Shape.Scalar scalar && scalar.kind() == ScalarKind.NUMBER) {
            return JSON.numberNode(new BigDecimal(text));
        }
        return JSON.textNode(text);
    }
}
