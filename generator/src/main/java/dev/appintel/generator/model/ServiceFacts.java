package dev.appintel.generator.model;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;

/** Where the API is served. */
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
}
