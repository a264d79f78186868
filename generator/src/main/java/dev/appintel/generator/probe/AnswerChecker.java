package dev.appintel.generator.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks one answer against what its operation declares: the status, that a JSON body is JSON,
 * and the body against the response's schema ({@link ResponseValidator}). Findings inside
 * {@code x-provisional} shapes are notes; the same finding at the same place of every element
 * of an array is one finding with a count.
 */
final class AnswerChecker {

    /** How much of an unexpected body a finding quotes. */
    static final int EXCERPT = 120;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SchemaTree tree;
    private final ResponseValidator validator;

    AnswerChecker(SchemaTree tree) {
        this.tree = tree;
        this.validator = new ResponseValidator(tree);
    }

    /** The findings about {@code answer} to {@code request} (as shown in reports) of {@code operation}. */
    List<Finding> check(Operation operation, String request, Transport.Answer answer) {
        List<Integer> declared = operation.responses().stream().map(Response::status).toList();
        if (!declared.contains(answer.status())) {
            return List.of(drift(FindingKind.UNDECLARED_STATUS, operation, request, "status " + answer.status()
                    + " is not declared (declared: " + declared.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")" + excerpt(answer)));
        }
        Optional<SchemaTree.Located> schema = tree.responseSchema(operation.location().pointer(), answer.status());
        if (schema.isEmpty()) {
            return List.of();
        }
        if (!isJson(answer.contentType())) {
            return List.of(drift(FindingKind.NON_JSON_BODY, operation, request, "Content-Type "
                    + (answer.contentType().isEmpty() ? "missing" : answer.contentType())
                    + " where the spec declares application/json" + excerpt(answer)));
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(answer.body());
        } catch (JsonProcessingException e) {
            return List.of(drift(FindingKind.NON_JSON_BODY, operation, request, "the body does not parse as JSON: "
                    + e.getOriginalMessage() + excerpt(answer)));
        } catch (IOException e) {
            return List.of(drift(FindingKind.NON_JSON_BODY, operation, request, "the body cannot be read: "
                    + e.getMessage()));
        }
        if (body == null || body.isMissingNode()) {
            return List.of(drift(FindingKind.NON_JSON_BODY, operation, request, "the body is empty"));
        }
        return grouped(operation, request, validator.validate(body, schema.get()));
    }

    /** One finding per kind, place in the shape (array indexes left out) and schema, counting repeats. */
    private static List<Finding> grouped(Operation operation, String request, List<BodyFinding> findings) {
        Map<String, List<BodyFinding>> groups = new LinkedHashMap<>();
        for (BodyFinding finding : findings) {
            String shape = finding.pointer().replaceAll("/\\d+(?=/|$)", "/*");
            groups.computeIfAbsent(finding.kind() + " " + shape + " " + finding.schema(), key -> new ArrayList<>())
                    .add(finding);
        }
        List<Finding> result = new ArrayList<>();
        for (List<BodyFinding> group : groups.values()) {
            BodyFinding first = group.get(0);
            result.add(new Finding(first.provisional() ? Finding.Severity.NOTE : Finding.Severity.DRIFT, first.kind(),
                    operation.operationId(), request, first.pointer(), first.message(), first.schema(), group.size()));
        }
        return result;
    }

    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    private static String excerpt(Transport.Answer answer) {
        String text = new String(answer.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        if (text.isEmpty()) {
            return "; empty body";
        }
        return "; body: " + (text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text);
    }

    private static Finding drift(FindingKind kind, Operation operation, String request, String message) {
        return new Finding(Finding.Severity.DRIFT, kind, operation.operationId(), request, "", message, "", 1);
    }
}
