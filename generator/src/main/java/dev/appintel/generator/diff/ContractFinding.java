package dev.appintel.generator.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One interaction of the pact derived from the baseline spec that the new mock server breaks: the
 * client built from the baseline would no longer be served as it expects. The contract tests write
 * these to a JSON file; the verification reads them into the report as breaking findings.
 *
 * @param operationId the operation of the interaction
 * @param interaction the interaction's description in the pact
 * @param request     the request's method and path
 * @param field       the JSON path the mismatch names, or empty
 * @param problem     the mismatch as Pact describes it, on one line
 */
public record ContractFinding(String operationId, String interaction, String request, String field, String problem) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ContractFinding {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * Reads the findings file the contract tests write: {@code {"findings": [{"operationId",
     * "interaction", "request", "field", "problem"}, ...]}}.
     *
     * @throws UncheckedIOException when the file cannot be read or is not in that form, naming it
     */
    public static List<ContractFinding> read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract findings " + file + ": " + e.getMessage(), e);
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new UncheckedIOException(new IOException("the contract findings " + file
                    + " have no \"findings\" array"));
        }
        List<ContractFinding> result = new ArrayList<>();
        for (JsonNode finding : findings) {
            result.add(new ContractFinding(text(finding, "operationId", file), text(finding, "interaction", file),
                    text(finding, "request", file), finding.path("field").asText(""), text(finding, "problem", file)));
        }
        return List.copyOf(result);
    }

    private static String text(JsonNode finding, String name, Path file) {
        JsonNode value = finding.get(name);
        if (value == null || !value.isTextual()) {
            throw new UncheckedIOException(new IOException("a finding in " + file + " has no text \"" + name + "\": "
                    + finding));
        }
        return value.asText();
    }

    /** One line for a log, e.g. {@code getCohorts: $.cohorts[0].name: Expected ... (getCohorts succeeds)}. */
    public String describe() {
        return operationId + ": " + (field.isEmpty() ? "" : field + ": ") + problem + " (" + request + ")";
    }
}
