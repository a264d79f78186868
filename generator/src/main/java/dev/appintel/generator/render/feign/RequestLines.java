package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.ParameterLocation;
import dev.appintel.generator.render.RenderException;
import dev.appintel.runtime.PercentCoding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Feign request line of an operation, e.g.
 * {@code GET /v1/{os}/apps?app_ids={appIds}&country={country}}: the path with its placeholders
 * named after the Java parameters, then every query parameter as {@code key={javaName}} with the
 * key percent-encoded by the runtime's {@link PercentCoding}, as the client encodes it. Feign leaves out a query parameter whose value is
 * {@code null}.
 */
final class RequestLines {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private RequestLines() {
    }

    /**
     * The request line.
     *
     * @throws RenderException when the path and the path parameters disagree, or a parameter
     *                         travels in a header or a cookie, which this target does not support
     */
    static String of(Operation operation) {
        for (Parameter parameter : operation.parameters()) {
            if (parameter.location() == ParameterLocation.HEADER || parameter.location() == ParameterLocation.COOKIE) {
                throw new RenderException("the feign-client target does not support " + parameter.location()
                        + " parameters: " + operation.operationId() + " has '" + parameter.name() + "'");
            }
        }
        String line = operation.method() + " " + path(operation);
        List<String> query = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.location() == ParameterLocation.QUERY) {
                query.add(PercentCoding.encode(parameter.name()) + "={" + parameter.javaName() + "}");
            }
        }
        return query.isEmpty() ? line : line + "?" + String.join("&", query);
    }

    private static String path(Operation operation) {
        Matcher placeholder = PLACEHOLDER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        List<String> used = new ArrayList<>();
        while (placeholder.find()) {
            Parameter parameter = operation.parameter(placeholder.group(1))
                    .filter(candidate -> candidate.location() == ParameterLocation.PATH)
                    .orElseThrow(() -> new RenderException(operation.operationId() + ": the path " + operation.path()
                            + " has {" + placeholder.group(1) + "} but no path parameter of that name"));
            used.add(parameter.name());
            placeholder.appendReplacement(path, Matcher.quoteReplacement("{" + parameter.javaName() + "}"));
        }
        placeholder.appendTail(path);
        for (Parameter parameter : operation.parameters()) {
            if (parameter.location() == ParameterLocation.PATH && !used.contains(parameter.name())) {
                throw new RenderException(operation.operationId() + ": the path parameter '" + parameter.name()
                        + "' does not appear in the path " + operation.path());
            }
        }
        return path.toString();
    }
}
