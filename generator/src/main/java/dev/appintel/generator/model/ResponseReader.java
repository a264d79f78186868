package dev.appintel.generator.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import dev.appintel.generator.naming.JavaNames;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the declared responses of operations: description, JSON body type, the body's schema
 * name, header names and examples as compact JSON. A component response is read once and shared.
 */
final class ResponseReader {

    private static final String JSON = "application/json";

    private final Refs refs;
    private final TypeMapper types;
    private final SpecProblems problems;
    private final Map<String, Content> components = new HashMap<>();

    /** What a response says, apart from its status. */
    private record Content(String description, Optional<TypeRef> body, Optional<String> schemaName,
            List<String> headers, Map<String, String> examples) {
    }

    ResponseReader(Refs refs, TypeMapper types, SpecProblems problems) {
        this.refs = refs;
        this.types = types;
        this.problems = problems;
    }

    /** Reads every component response, in spec order, so that their types do not depend on use. */
    void typeComponents() {
        refs.entries(Refs.RESPONSES).forEach((name, response) -> refs
                .resolve(response, Refs.RESPONSES.pointer(name), Refs.RESPONSES)
                .ifPresent(resolved -> component(resolved.component().orElse(name), resolved)));
    }

    /**
     * The responses of one operation, sorted by status.
     *
     * @param pointer the pointer of the operation's {@code responses}
     */
    List<Response> read(String operationJavaName, Map<String, ApiResponse> responses, String pointer) {
        List<Response> read = new ArrayList<>();
        for (Map.Entry<String, ApiResponse> entry : responses == null ? Map.<String, ApiResponse>of().entrySet()
                : responses.entrySet()) {
            String at = JsonPointers.child(pointer, entry.getKey());
            Optional<Integer> status = status(entry.getKey(), at);
            Optional<Refs.Resolved<ApiResponse>> resolved = refs.resolve(entry.getValue(), at, Refs.RESPONSES);
            if (status.isEmpty() || resolved.isEmpty()) {
                continue;
            }
            String inlineName = JavaNames.operationTypePrefix(operationJavaName) + "Response"
                    + (status.get() == 200 ? "" : status.get());
            Content content = resolved.get().component().map(name -> component(name, resolved.get()))
                    .orElseGet(() -> content(resolved.get().value(), inlineName, resolved.get().pointer()));
            read.add(new Response(status.get(), content.description(), content.body(), content.schemaName(),
                    content.headers(), content.examples()));
        }
        read.sort(Comparator.comparingInt(Response::status));
        return read;
    }

    private Optional<Integer> status(String status, String pointer) {
        if (status.matches("[1-5]\\d\\d")) {
            return Optional.of(Integer.parseInt(status));
        }
        problems.report(pointer, "response status '" + status + "' is not supported; declare each status, such as 200");
        return Optional.empty();
    }

    private Content component(String name, Refs.Resolved<ApiResponse> resolved) {
        Content known = components.get(name);
        if (known == null) {
            known = content(resolved.value(), JavaNames.typeName(name) + "Response", resolved.pointer());
            components.put(name, known);
        }
        return known;
    }

    private Content content(ApiResponse response, String inlineName, String pointer) {
        String description = response.getDescription() == null ? "" : response.getDescription();
        List<String> headers = response.getHeaders() == null ? List.of()
                : response.getHeaders().keySet().stream().sorted().toList();
        Optional<Map.Entry<String, MediaType>> json = json(response, pointer);
        if (json.isEmpty() || json.get().getValue() == null || json.get().getValue().getSchema() == null) {
            return new Content(description, Optional.empty(), Optional.empty(), headers, Map.of());
        }
        String mediaPointer = JsonPointers.child(pointer + "/content", json.get().getKey());
        MediaType media = json.get().getValue();
        TypeRef body = types.map(media.getSchema(), new TypeMapper.Hint(inlineName, description),
                mediaPointer + "/schema");
        Optional<String> schemaName = refs.quietComponentName(media.getSchema().get$ref(), Refs.SCHEMAS);
        return new Content(description, Optional.of(body), schemaName, headers, examples(media, mediaPointer));
    }

    /** The JSON media type of a response: {@code application/json}, or another JSON type. */
    private Optional<Map.Entry<String, MediaType>> json(ApiResponse response, String pointer) {
        if (response.getContent() == null || response.getContent().isEmpty()) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, MediaType>> json = response.getContent().entrySet().stream()
                .filter(entry -> entry.getKey().equals(JSON)).findFirst()
                .or(() -> response.getContent().entrySet().stream()
                        .filter(entry -> entry.getKey().matches("application/([\\w.-]+\\+)?json(;.*)?")).findFirst());
        if (json.isEmpty()) {
            problems.report(JsonPointers.child(pointer + "/content", response.getContent().keySet().iterator().next()),
                    "only JSON bodies are supported; found " + String.join(", ", response.getContent().keySet()));
        }
        return json;
    }

    private Map<String, String> examples(MediaType media, String pointer) {
        Map<String, String> examples = new TreeMap<>();
        if (media.getExamples() != null) {
            media.getExamples().forEach((name, example) -> {
                String at = JsonPointers.child(pointer + "/examples", name);
                refs.resolve(example, at, Refs.EXAMPLES)
                        .flatMap(resolved -> value(resolved.value(), name, at))
                        .ifPresent(json -> examples.put(name, json));
            });
        }
        if (media.getExample() != null) {
            json(media.getExample(), pointer + "/example").ifPresent(json -> examples.putIfAbsent("default", json));
        }
        return examples;
    }

    private Optional<String> value(Example example, String name, String pointer) {
        if (example.getValue() == null) {
            problems.report(example.getExternalValue() == null ? pointer : pointer + "/externalValue",
                    "example '" + name + "' has no value; externalValue is not supported");
            return Optional.empty();
        }
        return json(example.getValue(), pointer + "/value");
    }

    private Optional<String> json(Object value, String pointer) {
        try {
            return Optional.of(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            problems.report(pointer, "cannot write the example as JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
