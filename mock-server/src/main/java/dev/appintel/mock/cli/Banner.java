package dev.appintel.mock.cli;

import dev.appintel.mock.MockServerConfig;
import java.net.URI;
import java.util.Locale;

/** What the command line prints once the server listens: where it is and how to call it. */
final class Banner {

    private Banner() {
    }

    /**
     * The banner for a server at {@code baseUrl}. It counts the tokens and never shows one: the
     * console is often captured into CI logs.
     */
    static String of(URI baseUrl, MockServerConfig config) {
        int tokens = config.tokens().size();
        String token = tokens == 0 ? "any-token" : "<token>";
        return "appintel mock server listening on " + baseUrl + "\n"
                + "  docs:   " + baseUrl + "/docs  (spec: " + baseUrl + "/openapi.yaml)\n"
                + "  auth:   add auth_token=<token> to every query; "
                + (tokens == 0 ? "any non-empty token is accepted"
                        : tokens + (tokens == 1 ? " token is" : " tokens are") + " accepted (the --token values)")
                + "\n"
                + "  admin:  " + baseUrl + "/__admin/health, /__admin/requests, /__admin/coverage, /__admin/config"
                + (config.adminToken().isPresent() ? "; send the --admin-token value as X-Admin-Token" : "")
                + (config.remoteAdmin() ? "; open to other machines" : "; this machine only") + "\n"
                + "  try:    curl '" + baseUrl + "/v1/ios/apps?app_ids=284882215&auth_token=" + token + "'\n"
                + "  seed " + config.seed() + ", today " + config.today()
                + (config.realism().strict() ? ", realism " + config.realism().mode().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-') : "") + "; stop with Ctrl-C";
    }
}
