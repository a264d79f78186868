package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.appintel.runtime.ScalarKind;
import dev.appintel.runtime.Shape;
import java.math.BigDecimal;

/** Enums, ids of union types (numbers for iOS, strings otherwise) and values typed as their shape wants. */
final class ScalarValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ScalarValues() {
    }

    /** An enum's values: the request's own value when the enum allows it, else the app's platform, else a pick. */
    static ValueRules.Maker enumeration(ValueRules.Target target) {
        Shape.Enumeration enumeration = (Shape.Enumeration) target.shape();
        Shape typedAs = new Shape.Scalar(enumeration.kind());
        return (request, scope) -> {
            for (String value : request.texts()) {
                if (enumeration.values().contains(value)) {
                    return typed(typedAs, value);
                }
            }
            String os = request.app(scope).os();
            String value = enumeration.values().contains(os) ? os
                    : request.universe().hash(scope, enumeration.schemaName()).pick(enumeration.values());
            return typed(typedAs, value);
        };
    }

    /** Ids of a union type: the app's publisher, category or own id by name, else a hashed number. */
    static ValueRules.Maker unionId(ValueRules.Target target) {
        Shape shape = target.shape();
        String name = target.name();
        String owner = target.slot().owner();
        return (request, scope) -> {
            AppFacts app = request.app(scope);
            String text = name.contains("publisher") ? app.publisherId() : name.contains("category") ? app.categories().get(0)
                    : name.equals("app_id") || name.equals("aid") ? app.id()
                    : Long.toString(request.universe().hash(scope, owner, name).range(100_000_000L, 1_900_000_000L));
            return union(shape, text, app);
        };
    }

    /** An id of a union type: a number on iOS when it is all digits, else a string. */
    static JsonNode union(Shape shape, String text, AppFacts app) {
        boolean digits = !text.isEmpty() && text.length() < 19 && allDigits(text);
        if (shape instanceof Shape.Scalar scalar && scalar.kind() != ScalarKind.STRING) {
            return JSON.numberNode(digits ? Long.parseLong(text) : Math.abs((long) text.hashCode()) + 1);
        }
        boolean numberAllowed = shape instanceof Shape.ScalarUnion union
                && (union.kinds().contains(ScalarKind.INT64) || union.kinds().contains(ScalarKind.INT32));
        return numberAllowed && digits && (app.ios() || Universe.osOf(text).equals("ios"))
                ? JSON.numberNode(Long.parseLong(text)) : JSON.textNode(text);
    }

    /** A text as the shape wants it: an integer, a decimal or a string. */
    static JsonNode typed(Shape shape, String text) {
        if (shape instanceof Shape.Scalar scalar && (scalar.kind() == ScalarKind.INT32 || scalar.kind() == ScalarKind.INT64)) {
            return JSON.numberNode(Long.parseLong(text));
        }
        if (shape instanceof Shape.Scalar scalar && scalar.kind() == ScalarKind.NUMBER) {
            return JSON.numberNode(new BigDecimal(text));
        }
        return JSON.textNode(text);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
