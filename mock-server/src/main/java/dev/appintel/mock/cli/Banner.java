package dev.appintel.mock.cli;

import dev.appintel.mock.MockServerConfig;
import java.net.URI;

/** What the command line prints once the server listens: where it is and how to call it. */
final class Banner {

    private Banner() {
    }

    /** The banner for a server at {@code baseUrl}. */
    static String of(URI baseUrl, MockServerConfig config) {
        String token = config.tokens().isEmpty() ? "any-token" : config.tokens().iterator().next();
        return "appintel mock server listening on " + baseUrl + "\n"
                + "  docs:   " + baseUrl + "/docs  (spec: " + baseUrl + "/openapi.yaml)\n"
                + "  auth:   add auth_token=<token> to every query; "
                + (config.tokens().isEmpty() ? "any non-empty token is accepted" : "only the --token values are accepted")
                + "\n"
                + "  admin:  " + baseUrl + "/__admin/health, /__admin/requests, /__admin/config\n"
                + "  try:    curl '" + baseUrl + "/v1/ios/apps?app_ids=284882215&auth_token=" + token + "'\n"
                + "  seed " + config.seed() + ", today " + config.today() + "; stop with Ctrl-C";
    }
}
