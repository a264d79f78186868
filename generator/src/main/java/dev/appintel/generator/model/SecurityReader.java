package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads security requirements: the document's, which every operation inherits, and an operation's
 * own, which replaces it ({@code security: []} for none). What a client can send and a mock can
 * check is one API key in a header or in the query; everything else is reported, located: other
 * kinds of scheme (HTTP, OAuth 2, OpenID Connect), keys in cookies, alternatives (more than one
 * requirement) and several schemes required together.
 */
final class SecurityReader {

    private static final String SCHEMES = "/components/securitySchemes";

    private final Map<String, SecurityScheme> schemes;
    private final SpecProblems problems;

    SecurityReader(OpenAPI document, SpecProblems problems) {
        this.schemes = document.getComponents() == null || document.getComponents().getSecuritySchemes() == null
                ? Map.of() : document.getComponents().getSecuritySchemes();
        this.problems = problems;
    }

    /** The API key of the document's security requirement, or empty when it declares none. */
    Optional<ApiKey> document(OpenAPI document) {
        return read(document.getSecurity(), "/security");
    }

    /**
     * The API key of one operation: its own requirement's if it declares one, else the document's.
     *
     * @param pointer the operation's pointer
     */
    Optional<ApiKey> operation(io.swagger.v3.oas.models.Operation operation, String pointer,
            Optional<ApiKey> inherited) {
        return operation.getSecurity() == null ? inherited : read(operation.getSecurity(), pointer + "/security");
    }

    private Optional<ApiKey> read(List<SecurityRequirement> requirements, String pointer) {
        if (requirements == null || requirements.isEmpty()) {
            return Optional.empty();
        }
        if (requirements.size() > 1) {
            problems.report(JsonPointers.child(pointer, 1), "alternative security requirements are not supported;"
                    + " declare one API key");
        }
        SecurityRequirement requirement = requirements.get(0);
        List<String> names = new ArrayList<>(requirement.keySet());
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String at = JsonPointers.child(pointer, 0);
        if (names.size() > 1) {
            problems.report(JsonPointers.child(at, names.get(1)), "security schemes required together ("
                    + String.join(", ", names) + ") are not supported; declare one API key");
        }
        return apiKey(names.get(0), JsonPointers.child(at, names.get(0)));
    }

    private Optional<ApiKey> apiKey(String name, String usePointer) {
        SecurityScheme scheme = schemes.get(name);
        String pointer = JsonPointers.child(SCHEMES, name);
        if (scheme == null) {
            problems.report(usePointer, "security scheme '" + name + "' is not declared in components/securitySchemes");
            return Optional.empty();
        }
        if (scheme.getType() != SecurityScheme.Type.APIKEY) {
            problems.report(pointer + "/type", "security scheme '" + name + "' is " + describe(scheme)
                    + "; only apiKey schemes with a name and a location (header or query) are supported");
            return Optional.empty();
        }
        if (scheme.getIn() == SecurityScheme.In.COOKIE) {
            problems.report(pointer + "/in", "security scheme '" + name + "' sends its key in a cookie; only"
                    + " header and query keys are supported");
            return Optional.empty();
        }
        if (scheme.getIn() == null || scheme.getName() == null) {
            problems.report(pointer, "security scheme '" + name + "' needs a name and a location (header or query)");
            return Optional.empty();
        }
        return Optional.of(new ApiKey(scheme.getName(), ParameterLocation.valueOf(scheme.getIn().name())));
    }

    private static String describe(SecurityScheme scheme) {
        if (scheme.getType() == null) {
            return "of no type";
        }
        String type = scheme.getType().toString();
        return scheme.getScheme() == null ? type : type + " (" + scheme.getScheme() + ")";
    }
}
