package dev.appintel.generator.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.probe.SchemaTree.Located;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against a schema of the spec as written: the OpenAPI 3.0 subset the model
 * builder accepts ({@code type}, {@code format}, {@code nullable}, {@code enum}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code oneOf}, {@code $ref}).
 *
 * <p>It is stricter than JSON Schema where the generated client is: an object with listed
 * properties and no {@code additionalProperties} knows no other property; an {@code integer}
 * without {@code format: int64} must fit 32 bits; a date-time must carry its offset.
 * Limits such as {@code minimum} or {@code maxItems} are not checked: they describe values, not the
 * shape a client decodes.
 */
final class ResponseValidator {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final SchemaTree tree;

    ResponseValidator(SchemaTree tree) {
        this.tree = tree;
    }

    /** Every finding of {@code value} against {@code schema}, in the order met. */
    List<BodyFinding> validate(JsonNode value, Located schema) {
        List<BodyFinding> findings = new ArrayList<>();
        check(value, schema, "", findings);
        return findings;
    }

    private void check(JsonNode value, Located unresolved, String pointer, List<BodyFinding> out) {
        Located schema = tree.resolve(unresolved);
        JsonNode node = schema.node();
        if (node.isMissingNode() || node.isEmpty() || node.isBoolean()) {
            return; // {} and true allow anything
        }
        if (value.isNull()) {
            if (!node.path("nullable").asBoolean(false)) {
                out.add(finding(FindingKind.TYPE_MISMATCH, pointer, "null, but the spec does not allow null here ("
                        + expected(node) + ")", schema));
            }
            return;
        }
        if (node.has("oneOf")) {
            checkOneOf(value, schema, pointer, out);
            return;
        }
        String type = node.path("type").asText(node.has("properties") ? "object" : node.has("items") ? "array" : "");
        switch (type) {
            case "object" -> checkObject(value, schema, pointer, out);
            case "array" -> checkArray(value, schema, pointer, out);
            case "string" -> checkString(value, schema, pointer, out);
            case "integer" -> checkInteger(value, schema, pointer, out);
            case "number" -> checkType(value.isNumber(), value, schema, pointer, out);
            case "boolean" -> checkType(value.isBoolean(), value, schema, pointer, out);
            default -> checkEnum(value, schema, pointer, out);
        }
    }

    private void checkObject(JsonNode value, Located schema, String pointer, List<BodyFinding> out) {
        if (!checkType(value.isObject(), value, schema, pointer, out)) {
            return;
        }
        JsonNode properties = schema.node().path("properties");
        for (JsonNode required : schema.node().path("required")) {
            if (!value.has(required.asText())) {
                out.add(finding(FindingKind.MISSING_PROPERTY, JsonPointers.child(pointer, required.asText()),
                        "required property " + required.asText() + " is missing", schema));
            }
        }
        JsonNode extra = schema.node().path("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = JsonPointers.child(pointer, field.getKey());
            if (properties.has(field.getKey())) {
                check(field.getValue(), schema.child("properties").child(field.getKey()), at, out);
            } else if (extra.isObject()) {
                check(field.getValue(), schema.child("additionalProperties"), at, out);
            } else if (extra.isMissingNode() && properties.isEmpty() || extra.asBoolean(false)) {
                continue; // a free-form object, or one that allows any extra entry
            } else {
                out.add(finding(FindingKind.UNKNOWN_PROPERTY, at, "property " + field.getKey() + " ("
                        + describe(field.getValue()) + ") is not in the spec" + renameHint(field.getKey(), value,
                        properties), schema));
            }
        }
    }

    /**
     * {@code ; perhaps publisher_name renamed} when the object lacks properties of the spec with a
     * name like the unknown one: one contains the other, or they share their first word.
     */
    private static String renameHint(String unknown, JsonNode value, JsonNode properties) {
        List<String> similar = new ArrayList<>();
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!value.has(name) && (name.contains(unknown) || unknown.contains(name)
                    || name.split("_")[0].equals(unknown.split("_")[0]))) {
                similar.add(name);
            }
        }
        return similar.isEmpty() ? "" : "; perhaps " + String.join(" or ", similar) + " renamed, which "
                + (similar.size() == 1 ? "is" : "are") + " absent";
    }

    private void checkArray(JsonNode value, Located schema, String pointer, List<BodyFinding> out) {
        if (!checkType(value.isArray(), value, schema, pointer, out)) {
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            check(value.get(i), schema.child("items"), JsonPointers.child(pointer, i), out);
        }
    }

    private void checkString(JsonNode value, Located schema, String pointer, List<BodyFinding> out) {
        if (!checkType(value.isTextual(), value, schema, pointer, out)) {
            return;
        }
        String format = schema.node().path("format").asText("");
        if (format.equals("date") && !parses(value.asText(), true)) {
            out.add(finding(FindingKind.FORMAT_MISMATCH, pointer, "\"" + value.asText()
                    + "\" is not a date (YYYY-MM-DD)", schema));
        } else if (format.equals("date-time") && !parses(value.asText(), false)) {
            out.add(finding(FindingKind.FORMAT_MISMATCH, pointer, "\"" + value.asText()
                    + "\" is not a date-time with an offset (RFC 3339, e.g. 2024-01-31T00:00:00Z)", schema));
        }
        checkEnum(value, schema, pointer, out);
    }

    private void checkInteger(JsonNode value, Located schema, String pointer, List<BodyFinding> out) {
        if (!checkType(value.isNumber(), value, schema, pointer, out)) {
            return;
        }
        if (!value.isIntegralNumber()) {
            out.add(finding(FindingKind.TYPE_MISMATCH, pointer, "a fraction (" + value.asText()
                    + ") where the spec says integer", schema));
            return;
        }
        boolean wide = schema.node().path("format").asText("").equals("int64");
        BigInteger number = value.bigIntegerValue();
        if (wide ? outside(number, LONG_MIN, LONG_MAX) : outside(number, INT_MIN, INT_MAX)) {
            out.add(finding(FindingKind.FORMAT_MISMATCH, pointer, number + " does not fit "
                    + (wide ? "int64" : "int32 (the spec gives no format: int64)"), schema));
            return;
        }
        checkEnum(value, schema, pointer, out);
    }

    private void checkEnum(JsonNode value, Located schema, String pointer, List<BodyFinding> out) {
        JsonNode values = schema.node().path("enum");
        if (!values.isArray() || values.isEmpty()) {
            return;
        }
        for (JsonNode listed : values) {
            if (sameValue(listed, value)) {
                return;
            }
        }
        out.add(finding(FindingKind.UNLISTED_ENUM_VALUE, pointer, describe(value) + " is not one of " + values,
                schema));
    }

    /**
     * The alternative that fits, or else the one that fits best (fewest drift findings, then fewest
     * findings, then the first listed), whose findings are reported.
     */
    private void checkOneOf(JsonNode value, Located schema, String pointer, List<BodyFinding> out) {
        List<List<BodyFinding>> tries = new ArrayList<>();
        JsonNode alternatives = schema.node().path("oneOf");
        for (int i = 0; i < alternatives.size(); i++) {
            List<BodyFinding> findings = new ArrayList<>();
            check(value, schema.child("oneOf").child(Integer.toString(i)), pointer, findings);
            if (findings.isEmpty()) {
                return;
            }
            tries.add(findings);
        }
        tries.stream().min(Comparator.<List<BodyFinding>>comparingLong(
                findings -> findings.stream().filter(finding -> !finding.provisional()).count())
                .thenComparingInt(List::size)).ifPresent(out::addAll);
    }

    /** Adds a type mismatch unless {@code matches}; returns {@code matches}. */
    private boolean checkType(boolean matches, JsonNode value, Located schema, String pointer, List<BodyFinding> out) {
        if (!matches) {
            out.add(finding(FindingKind.TYPE_MISMATCH, pointer, describe(value) + " where the spec says "
                    + expected(schema.node()), schema));
        }
        return matches;
    }

    private static boolean sameValue(JsonNode listed, JsonNode value) {
        if (listed.isNumber() && value.isNumber()) {
            return listed.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return listed.equals(value);
    }

    private static boolean outside(BigInteger number, BigInteger min, BigInteger max) {
        return number.compareTo(min) < 0 || number.compareTo(max) > 0;
    }

    private static boolean parses(String text, boolean dateOnly) {
        try {
            if (dateOnly) {
                LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } else {
                OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String expected(JsonNode schema) {
        String type = schema.path("type").asText(schema.has("oneOf") ? "one of several shapes" : "a value");
        String format = schema.path("format").asText("");
        return format.isEmpty() ? type : type + " (" + format + ")";
    }

    /** A value's JSON type, with the value itself when it is short. */
    static String describe(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isNull()) {
            return "null";
        }
        String kind = value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isIntegralNumber()
                ? "integer" : value.isNumber() ? "number" : "value";
        String text = value.toString();
        return kind + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    private static BodyFinding finding(FindingKind kind, String pointer, String message, Located schema) {
        return new BodyFinding(kind, pointer, message, schema.pointer(), schema.provisional());
    }
}
