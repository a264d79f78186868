package dev.appintel.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation: where it is served, its parameters, its rules and its declared responses.
 *
 * @param operationId the spec's operationId
 * @param method      the HTTP method in upper case
 * @param path        the path template, e.g. {@code /v1/{os}/apps}
 * @param summary     one line, plain text
 * @param params      the parameters in spec order
 * @param rules       the operational rules
 * @param replies     the declared responses, sorted by status
 */
public record OperationSpec(String operationId, String method, PathTemplate path, String summary, List<Param> params,
        Rules rules, List<Reply> replies) {

    public OperationSpec {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(summary, "summary");
        params = List.copyOf(params);
        Objects.requireNonNull(rules, "rules");
        replies = List.copyOf(replies);
    }

    /**
     * The declared response with this status.
     *
     * @param status an HTTP status
     * @return the response, if declared
     */
    public Optional<Reply> reply(int status) {
        return replies.stream().filter(reply -> reply.status() == status).findFirst();
    }

    /**
     * The parameter with this wire name.
     *
     * @param name a wire name
     * @return the parameter, if the operation has it
     */
    public Optional<Param> param(String name) {
        return params.stream().filter(param -> param.name().equals(name)).findFirst();
    }
}
