package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the object of Swagger Parser's model that a JSON Pointer of the document names, so that a
 * {@code $ref} may point anywhere OpenAPI allows: to a component, or to a parameter, response or
 * schema written in an operation ({@code #/paths/~1v1~1apps/get/parameters/0}). Follows the
 * objects the generator reads: paths, path items, operations, parameters, headers, request bodies,
 * responses, media types, schemas and components; anything else is not found.
 */
final class DocumentPointers {

    private DocumentPointers() {
    }

    /** The object at {@code pointer}, if the pointer names one the generator reads. */
    static Optional<Object> find(OpenAPI document, String pointer) {
        Object node = document;
        for (String segment : JsonPointers.segments(pointer)) {
            node = child(node, segment);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    private static Object child(Object node, String segment) {
        if (node instanceof Map<?, ?> map) {
            return map.get(segment);
        }
        if (node instanceof List<?> list) {
            return segment.matches("\\d{1,9}") && Integer.parseInt(segment) < list.size()
                    ? list.get(Integer.parseInt(segment)) : null;
        }
        if (node instanceof OpenAPI document) {
            return switch (segment) {
                case "paths" -> document.getPaths();
                case "components" -> document.getComponents();
                default -> null;
            };
        }
        if (node instanceof Components components) {
            return component(components, segment);
        }
        if (node instanceof PathItem item) {
            return pathItem(item, segment);
        }
        if (node instanceof Operation operation) {
            return switch (segment) {
                case "parameters" -> operation.getParameters();
                case "requestBody" -> operation.getRequestBody();
                case "responses" -> operation.getResponses();
                default -> null;
            };
        }
        if (node instanceof Schema<?> schema) {
            return schema(schema, segment);
        }
        return carrier(node, segment);
    }

    private static Object component(Components components, String segment) {
        return switch (segment) {
            case "schemas" -> components.getSchemas();
            case "parameters" -> components.getParameters();
            case "responses" -> components.getResponses();
            case "headers" -> components.getHeaders();
            case "requestBodies" -> components.getRequestBodies();
            case "examples" -> components.getExamples();
            default -> null;
        };
    }

    private static Object pathItem(PathItem item, String segment) {
        if (segment.equals("parameters")) {
            return item.getParameters();
        }
        return item.readOperationsMap().entrySet().stream()
                .filter(entry -> entry.getKey().name().toLowerCase(Locale.ROOT).equals(segment))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Object schema(Schema<?> schema, String segment) {
        return switch (segment) {
            case "properties" -> schema.getProperties();
            case "items" -> schema.getItems();
            case "additionalProperties" -> schema.getAdditionalProperties() instanceof Schema<?> entries ? entries : null;
            case "allOf" -> schema.getAllOf();
            case "anyOf" -> schema.getAnyOf();
            case "oneOf" -> schema.getOneOf();
            case "not" -> schema.getNot();
            default -> null;
        };
    }

    /** The children of the objects that carry schemas and bodies: parameters, headers, responses and so on. */
    private static Object carrier(Object node, String segment) {
        if (node instanceof Parameter parameter) {
            return segment.equals("schema") ? parameter.getSchema() : segment.equals("content") ? parameter.getContent()
                    : null;
        }
        if (node instanceof Header header) {
            return segment.equals("schema") ? header.getSchema() : segment.equals("content") ? header.getContent() : null;
        }
        if (node instanceof ApiResponse response) {
            return segment.equals("content") ? response.getContent() : segment.equals("headers") ? response.getHeaders()
                    : null;
        }
        if (node instanceof RequestBody body) {
            return segment.equals("content") ? body.getContent() : null;
        }
        if (node instanceof MediaType media) {
            return segment.equals("schema") ? media.getSchema() : segment.equals("examples") ? media.getExamples() : null;
        }
        return null;
    }
}
