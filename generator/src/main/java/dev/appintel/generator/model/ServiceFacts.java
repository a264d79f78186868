package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Map;

/** Where the API is served and how a caller authenticates. */
final class ServiceFacts {

    private ServiceFacts() {
    }

    /** The first server's URL, with its variables at their defaults; {@code /} when none is declared. */
    static String serverUrl(OpenAPI document) {
        if (document.getServers() == null || document.getServers().isEmpty()) {
            return "/";
        }
        Server server = document.getServers().get(0);
        String url = server.getUrl() == null ? "/" : server.getUrl();
        if (server.getVariables() != null) {
            for (var variable : server.getVariables().entrySet()) {
                url = url.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue().getDefault()));
            }
        }
        return url;
    }

    /**
     * The API key of the first scheme of the global security requirement, or null when the API
     * declares none; other kinds of scheme are reported.
     */
    static ApiKey apiKey(OpenAPI document, SpecProblems problems) {
        if (document.getSecurity() == null || document.getSecurity().isEmpty()
                || document.getSecurity().get(0).isEmpty()) {
            return null;
        }
        SecurityRequirement requirement = document.getSecurity().get(0);
        String name = requirement.keySet().iterator().next();
        Map<String, SecurityScheme> schemes = document.getComponents() == null ? null
                : document.getComponents().getSecuritySchemes();
        SecurityScheme scheme = schemes == null ? null : schemes.get(name);
        if (scheme == null) {
            problems.report(JsonPointers.child("/security/0", name),
                    "security scheme '" + name + "' is not declared in components/securitySchemes");
            return null;
        }
        if (scheme.getType() != SecurityScheme.Type.APIKEY || scheme.getIn() == null || scheme.getName() == null) {
            problems.report(JsonPointers.child("/components/securitySchemes", name) + "/type", "security scheme '" + name
                    + "' is " + scheme.getType() + "; only apiKey schemes with a name and a location are supported");
            return null;
        }
        return new ApiKey(scheme.getName(), ParameterLocation.valueOf(scheme.getIn().name()));
    }
}
