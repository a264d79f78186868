package dev.appintel.mock;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The mock's answer to every valid request of every operation (each {@code os}, each period value),
 * with a fixed seed and a fixed "today", compared with the bodies committed under
 * {@code src/test/resources/golden-bodies/}: a change to the data shows as a reviewable diff.
 * {@code -Dappintel.golden.update=true} rewrites them.
 *
 * <p>Each body is recorded with a fingerprint of its operation as the spec writes it (parameters
 * and success schema, references resolved). When the spec adds or changes an operation, its bodies
 * may change with it: they are reported as stale or missing, not compared, so a spec edit never
 * fails here; the report says to regenerate them.
 */
class GoldenBodiesTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/golden-bodies");
    private static final Path INDEX = DIRECTORY.resolve("index.tsv");
    private static final boolean UPDATE = Boolean.getBoolean("appintel.golden.update");
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static MockServer server;
    private static final Map<String, String> RECORDED = new TreeMap<>();
    private static final Map<String, String> WRITTEN = new TreeMap<>();
    private static final List<String> STALE = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = MockServer.start(MockServerConfig.defaults().withPort(0).withSeed(42)
                .withToday(LocalDate.of(2025, 6, 30)));
        if (Files.exists(INDEX)) {
            for (String line : Files.readAllLines(INDEX, UTF_8)) {
                String[] columns = line.split("\t"); // file, fingerprint, request
                RECORDED.put(columns[0], columns[1]);
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        if (UPDATE) {
            StringBuilder index = new StringBuilder();
            WRITTEN.forEach((file, line) -> index.append(file).append('\t').append(line).append('\n'));
            Files.writeString(INDEX, index, UTF_8);
            try (Stream<Path> files = Files.list(DIRECTORY)) {
                for (Path file : files.toList()) {
                    if (!file.equals(INDEX) && !WRITTEN.containsKey(file.getFileName().toString())) {
                        Files.delete(file);
                    }
                }
            }
        } else if (!STALE.isEmpty()) {
            System.out.printf("golden bodies: %d stale or missing, not compared (their operation is new or changed in"
                    + " the spec): %s;"
                    + " regenerate them with -Dappintel.golden.update=true%n", STALE.size(), STALE);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyValidRequestAnswersItsGoldenBody() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            String fingerprint = fingerprint(operation);
            for (String os : operation.osValues().isEmpty() ? List.of("") : operation.osValues()) {
                for (Map.Entry<String, Map<String, String>> request : requests(operation, os).entrySet()) {
                    String file = operation.operationId() + (os.isEmpty() ? "" : "-" + os) + request.getKey() + ".json";
                    String uri = ValidRequests.uri(operation, os, request.getValue(), "golden");
                    tests.add(DynamicTest.dynamicTest(file, () -> check(file, uri, fingerprint)));
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void check(String file, String uri, String fingerprint) throws IOException {
        HttpResponse<String> response = Http.get(server.baseUrl(), uri);
        assertThat(response.statusCode()).as(uri + "\n" + response.body()).isEqualTo(200);
        String body = PRETTY.writeValueAsString(PRETTY.readTree(response.body())) + "\n";
        Path path = DIRECTORY.resolve(file);
        String recorded = RECORDED.get(file);
        if (UPDATE) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(path, body, UTF_8);
            WRITTEN.put(file, fingerprint + "\t" + uri);
            return;
        }
        if (recorded == null || !recorded.equals(fingerprint)) {
            STALE.add(file);
            return;
        }
        assertThat(body).as("%s differs from %s; if the change is meant, rewrite it with -Dappintel.golden.update=true",
                uri, path).isEqualTo(Files.readString(path, UTF_8));
    }

    /** The valid request, and one per other value of a period parameter, by file-name suffix. */
    private static Map<String, Map<String, String>> requests(SpecDocument.Operation operation, String os) {
        Map<String, String> valid = ValidRequests.query(operation, os);
        Map<String, Map<String, String>> requests = new LinkedHashMap<>();
        requests.put("", valid);
        ValidRequests.periodValues(operation).forEach((name, values) -> {
            for (String value : values) {
                if (!value.equals(valid.get(name))) {
                    Map<String, String> query = new LinkedHashMap<>(valid);
                    query.put(name, value);
                    requests.put("-" + value, query);
                }
            }
        });
        return requests;
    }

    /** A digest of the operation's parameters and success schema, references resolved, in a stable form. */
    private static String fingerprint(SpecDocument.Operation operation) {
        ObjectNode shape = PRETTY.createObjectNode();
        shape.set("parameters", PRETTY.valueToTree(operation.parameters().stream()
                .map(parameter -> inlined(operation, parameter, 0)).toList()));
        shape.set("schema", inlined(operation, operation.successSchema(), 0));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(PRETTY.writeValueAsBytes(sorted(shape)));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node with every {@code $ref} replaced by its target, to a depth that any real schema stays within. */
    private static JsonNode inlined(SpecDocument.Operation operation, JsonNode node, int depth) {
        JsonNode resolved = operation.resolve(node);
        if (depth > 24 || !resolved.isContainerNode()) {
            return resolved;
        }
        JsonNode copy = resolved.deepCopy();
        if (copy.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = resolved.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                ((ObjectNode) copy).set(field.getKey(), inlined(operation, field.getValue(), depth + 1));
            }
        } else {
            for (int i = 0; i < resolved.size(); i++) {
                ((ArrayNode) copy).set(i, inlined(operation, resolved.get(i), depth + 1));
            }
        }
        return copy;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = PRETTY.createObjectNode();
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
            fields.forEach((name, value) -> sorted.set(name, sorted(value)));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode sorted = PRETTY.createArrayNode();
            node.forEach(item -> sorted.add(sorted(item)));
            return sorted;
        }
        return node;
    }
}
