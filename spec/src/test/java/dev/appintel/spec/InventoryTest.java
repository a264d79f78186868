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
 * documentation ({@value #INVENTORY}): the same operations, each with the same parameters.
 */
class InventoryTest {

    private static final String INVENTORY = "inventory/endpoints.tsv";
    private static final int OPERATION_COUNT = 30;
    private static final int PARAMETER_COUNT = 157;

    /** One parameter's facts, as both sides state them. */
    record Param(String name, String in, String type, boolean required) {

        String key() {
            return name + " (" + in + ")";
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
    void inventoryHasTheDocumentedTotals() {
        assertThat(documented).hasSize(OPERATION_COUNT);
        assertThat(parameterCount(documented)).isEqualTo(PARAMETER_COUNT);
    }

    @Test
    void specHasTheDocumentedTotals() {
        assertThat(specified).hasSize(OPERATION_COUNT);
        assertThat(parameterCount(specified)).isEqualTo(PARAMETER_COUNT);
    }

    @Test
    void specOperationsMatchTheInventory() {
        assertThat(new TreeSet<>(specified.keySet()))
                .containsExactlyElementsOf(new TreeSet<>(documented.keySet()));
    }

    @Test
    void specParametersMatchTheInventory() {
        List<String> differences = differences(documented, specified);
        assertThat(differences)
                .as("differences between the inventory and the spec (%d)", differences.size())
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
                "missing operation GET /v1/gone",
                "extra operation GET /v1/new",
                "GET /v1/{os}/apps: missing parameter " + country,
                "GET /v1/{os}/apps: extra parameter " + extra,
                "GET /v1/{os}/apps: parameter os (path) is " + loose + ", expected " + os);
    }

    static List<String> differences(Map<String, Map<String, Param>> expected,
                                    Map<String, Map<String, Param>> actual) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> operations = new TreeSet<>(expected.keySet());
        operations.addAll(actual.keySet());
        for (String operation : operations) {
            if (!actual.containsKey(operation)) {
                differences.add("missing operation " + operation);
            } else if (!expected.containsKey(operation)) {
                differences.add("extra operation " + operation);
            } else {
                compareParameters(operation, expected.get(operation), actual.get(operation), differences);
            }
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
                differences.add(operation + ": missing parameter " + want);
            } else if (want == null) {
                differences.add(operation + ": extra parameter " + got);
            } else if (!want.equals(got)) {
                differences.add(operation + ": parameter " + key + " is " + got + ", expected " + want);
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

    private static int parameterCount(Map<String, Map<String, Param>> operations) {
        return operations.values().stream().mapToInt(Map::size).sum();
    }
}
