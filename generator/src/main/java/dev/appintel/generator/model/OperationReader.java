package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import dev.appintel.generator.naming.JavaNames;
import dev.appintel.generator.naming.NameAllocator;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads every operation, path by path in spec order (and within a path in the fixed order get,
 * put, post, delete, options, head, patch, trace), with method names unique across the API.
 */
final class OperationReader {

    /** The tag of operations that have none. */
    static final String UNTAGGED = "default";

    private final ParameterReader parameters;
    private final ResponseReader responses;
    private final RulesReader rules;
    private final Extensions extensions;
    private final BiFunction<io.swagger.v3.oas.models.Operation, String, Optional<ApiKey>> security;
    private final SpecProblems problems;
    private final NameAllocator methodNames = NameAllocator.forMembers();

    /** @param security the API key of an operation, given it and its pointer */
    OperationReader(ParameterReader parameters, ResponseReader responses, RulesReader rules, Extensions extensions,
            BiFunction<io.swagger.v3.oas.models.Operation, String, Optional<ApiKey>> security, SpecProblems problems) {
        this.parameters = parameters;
        this.responses = responses;
        this.rules = rules;
        this.extensions = extensions;
        this.security = security;
        this.problems = problems;
    }

    List<Operation> readAll(Paths paths) {
        List<Operation> operations = new ArrayList<>();
        if (paths == null) {
            return operations;
        }
        paths.forEach((path, item) -> {
            String pathPointer = JsonPointers.child("/paths", path);
            if (item.get$ref() != null) {
                problems.report(pathPointer + "/$ref", "a path item $ref is not supported; write the operations out");
                return;
            }
            extensions.check(item.getExtensions(), Extensions.Site.ELSEWHERE, pathPointer);
            refuseServers(item.getServers(), pathPointer);
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry
                    : item.readOperationsMap().entrySet()) {
                read(path, entry.getKey(), item, entry.getValue()).ifPresent(operations::add);
            }
        });
        return operations;
    }

    private Optional<Operation> read(String path, PathItem.HttpMethod method, PathItem item,
            io.swagger.v3.oas.models.Operation operation) {
        String pathPointer = JsonPointers.child("/paths", path);
        String pointer = JsonPointers.child(pathPointer, method.name().toLowerCase(Locale.ROOT));
        extensions.check(operation.getExtensions(), Extensions.Site.OPERATION, pointer);
        String id = operation.getOperationId();
        if (id == null || id.isBlank()) {
            problems.report(pointer, method + " " + path + " has no operationId, which names its method");
            return Optional.empty();
        }
        if (operation.getRequestBody() != null) {
            problems.report(pointer + "/requestBody", id + ": request bodies are not supported");
        }
        if (operation.getCallbacks() != null && !operation.getCallbacks().isEmpty()) {
            problems.report(pointer + "/callbacks", id + ": callbacks are not supported; nothing would serve them");
        }
        refuseServers(operation.getServers(), pointer);
        String javaName = methodNames.allocate(JavaNames.methodName(id));
        List<Parameter> read = parameters.read(javaName, item.getParameters(), pathPointer, operation.getParameters(),
                pointer);
        List<Response> declared = responses.read(javaName, operation.getResponses(), pointer + "/responses");
        OperationRules operationRules = rules.read(id, read, operation.getExtensions(), pointer);
        String tag = operation.getTags() == null || operation.getTags().isEmpty() ? UNTAGGED : operation.getTags().get(0);
        return Optional.of(new Operation(id, javaName, method.name(), path, tag, text(operation.getSummary()),
                text(operation.getDescription()), read, declared, operationRules, security.apply(operation, pointer),
                problems.locate(pointer)));
    }

    /** Servers of a path or an operation would send its calls elsewhere, which clients and mocks do not do. */
    private void refuseServers(List<?> servers, String pointer) {
        if (servers != null && !servers.isEmpty()) {
            problems.report(pointer + "/servers", "servers of a path or an operation are not supported; every call"
                    + " goes to the document's first server");
        }
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
