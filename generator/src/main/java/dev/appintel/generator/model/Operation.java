package dev.appintel.generator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One API operation.
 *
 * @param operationId  the spec's operationId
 * @param javaName     the method name, e.g. {@code getApps}
 * @param method       the HTTP method in upper case
 * @param path         the path template, e.g. {@code /v1/{os}/apps}
 * @param tag          the name of the operation's (first) tag
 * @param summary      one line, plain text
 * @param description  Markdown, possibly empty
 * @param parameters   in spec order, path-level parameters first
 * @param responses    sorted by status
 * @param rules        the API's operational rules for this operation
 * @param apiKey       the API key that authenticates it: its own security requirement's, else the
 *                     document's; empty when it needs none
 * @param location     the operation's node in the spec
 */
public record Operation(
        String operationId,
        String javaName,
        String method,
        String path,
        String tag,
        String summary,
        String description,
        List<Parameter> parameters,
        List<Response> responses,
        OperationRules rules,
        Optional<ApiKey> apiKey,
        SourceLocation location) {

    public Operation {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(location, "location");
    }

    /** The 200 response, if the operation declares one. */
    public Optional<Response> success() {
        return responses.stream().filter(response -> response.status() == 200).findFirst();
    }

    /** The parameter with this wire name, if any. */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }
}
