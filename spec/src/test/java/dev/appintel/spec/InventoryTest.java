package dev.appintel.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the spec with an inventory of the API transcribed independently from the vendor's
 * documentation ({@value #INVENTORY}): the same operations, each with the same parameters. The
 * inventory is the one deliberate pin of the API's shape: an operation or parameter added to or
 * removed from the spec needs its rows added or removed there, and a failure prints those rows.
 */
class InventoryTest {

    private static final String INVENTORY = "inventory/endpoints.tsv";

    /** One parameter's facts, as both sides state them. */
    record Param(String name, String in, String type, boolean required) {

        String key() {
            return name + " (" + in + ")";
        }

        /** The parameter as a row of the inventory, for {@code operation} ({@code GET /path}). */
        String row(String operation) {
            return operation.replace(' ', '\t') + "\t" + name + "\t" + in + "\t" + type + "\t" + required;
        }
    }

    private static Map<String, Map<String, Param>> documented;
    private static Map<String, Map<String, Param>> specified;

    @BeforeAll
    static void load() {
        documented = readInventory(SpecFixture.readResource(INVENTORY));
        specified = readSpec(Objects.requireNonNull(SpecFixture.get().openApi(), "the spec did not parse"));
    }

    @Test
    void theInventoryIsNotEmpty() {
        assertThat(documented).as(INVENTORY).isNotEmpty();
    }

    @Test
    void specOperationsAndParametersMatchTheInventory() {
        List<String> differences = differences(documented, specified);
        assertThat(differences)
                .as("%d differences between %s (src/test/resources) and the spec; when the spec is right, "
                        + "edit these rows of the inventory (columns separated by tabs)", differences.size(), INVENTORY)
                .isEmpty();
    }

    @Test
    void differencesNameMissingExtraAndMismatchedParameters() {
        Param os = new Param("os", "path", "string", true);
        Param country = new Param("country", "query", "string", false);
        Map<String, Map<String, Param>> expected = Map.of(
                "GET /v1/{os}/apps", Map.of(os.key(), os, country.key(), country),
                "GET /v1/gone", Map.of());
        Param loose = new Param("os", "path", "string", false);
        Param extra = new Param("limit", "query", "integer", false);
        Map<String, Map<String, Param>> actual = Map.of(
                "GET /v1/{os}/apps", Map.of(loose.key(), loose, extra.key(), extra),
                "GET /v1/new", Map.of());
        assertThat(differences(expected, actual)).containsExactly(
                "GET /v1/gone is in the inventory, not in the spec: remove its rows",
                "GET /v1/new is in the spec, not in the inventory: add its rows",
                "GET /v1/{os}/apps: parameter country (query) is not in the spec; remove the row: "
                        + "GET\t/v1/{os}/apps\tcountry\tquery\tstring\tfalse",
                "GET /v1/{os}/apps: parameter limit (query) is not in the inventory; add the row: "
                        + "GET\t/v1/{os}/apps\tlimit\tquery\tinteger\tfalse",
                "GET /v1/{os}/apps: parameter os (path) differs; the spec's row: "
                        + "GET\t/v1/{os}/apps\tos\tpath\tstring\tfalse, the inventory's: "
                        + "GET\t/v1/{os}/apps\tos\tpath\tstring\ttrue");
    }

    static List<String> differences(Map<String, Map<String, Param>> expected,
                                    Map<String, Map<String, Param>> actual) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> operations = new TreeSet<>(expected.keySet());
        operations.addAll(actual.keySet());
        for (String operation : operations) {
            if (!actual.containsKey(operation)) {
                differences.add(operation + " is in the inventory, not in the spec: remove its rows");
            } else if (!expected.containsKey(operation)) {
                differences.add(operation + " is in the spec, not in the inventory: add its rows");
            }
            compareParameters(operation, expected.getOrDefault(operation, Map.of()),
                    actual.getOrDefault(operation, Map.of()), differences);
        }
        return differences;
    }

    private static void compareParameters(String operation, Map<String, Param> expected,
                                          Map<String, Param> actual, List<String> differences) {
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            Param want = expected.get(key);
            Param got = actual.get(key);
            if (got == null) {
                differences.add(operation + ": parameter " + key + " is not in the spec; remove the row: "
                        + want.row(operation));
            } else if (want == null) {
                differences.add(operation + ": parameter " + key + " is not in the inventory; add the row: "
                        + got.row(operation));
            } else if (!want.equals(got)) {
                differences.add(operation + ": parameter " + key + " differs; the spec's row: " + got.row(operation)
                        + ", the inventory's: " + want.row(operation));
            }
        }
    }

    private static Map<String, Map<String, Param>> readInventory(String tsv) {
        Map<String, Map<String, Param>> operations = new TreeMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("METHOD\t")) {
                continue;
            }
            String[] cells = line.strip().split("\t");
            assertThat(cells).as("inventory row %s", line).hasSize(6);
            Param param = new Param(cells[2], cells[3], cells[4], Boolean.parseBoolean(cells[5]));
            Param previous = operations.computeIfAbsent(cells[0] + " " + cells[1], k -> new TreeMap<>())
                    .put(param.key(), param);
            assertThat(previous).as("duplicate inventory row %s", line).isNull();
        }
        return operations;
    }

    private static Map<String, Map<String, Param>> readSpec(OpenAPI openApi) {
        Map<String, Map<String, Param>> operations = new TreeMap<>();
        Components components = Objects.requireNonNullElseGet(openApi.getComponents(), Components::new);
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Map<String, Param> params = new TreeMap<>();
            addParameters(item.getParameters(), components, params);
            addParameters(operation.getParameters(), components, params);
            operations.put(method + " " + path, params);
        }));
        return operations;
    }

    /** Adds parameters, an operation's replacing the path item's of the same name and location. */
    private static void addParameters(List<Parameter> parameters, Components components,
                                      Map<String, Param> params) {
        for (Parameter parameter : Objects.requireNonNullElse(parameters, List.<Parameter>of())) {
            Param param = toParam(resolve(parameter, components), components);
            params.put(param.key(), param);
        }
    }

    private static Param toParam(Parameter parameter, Components components) {
        return new Param(parameter.getName(), parameter.getIn(),
                typeOf(parameter.getSchema(), components), Boolean.TRUE.equals(parameter.getRequired()));
    }

    private static Parameter resolve(Parameter parameter, Components components) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        Parameter target = components.getParameters() == null ? null
                : components.getParameters().get(simpleName(parameter.get$ref()));
        return target == null ? parameter : target;
    }

    private static String typeOf(Schema<?> schema, Components components) {
        if (schema != null && schema.get$ref() != null && components.getSchemas() != null) {
            schema = components.getSchemas().get(simpleName(schema.get$ref()));
        }
        return schema == null || schema.getType() == null ? "(no schema type)" : schema.getType();
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
