package dev.appintel.mock.http;

import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.admin.Coverage;
import dev.appintel.mock.admin.Journal;
import dev.appintel.mock.api.ApiRoutes;
import dev.appintel.mock.api.ApiShapes;
import dev.appintel.mock.data.ResponseSynthesizer;
import dev.appintel.mock.data.Universe;
import dev.appintel.mock.faults.Scenarios;
import dev.appintel.runtime.OperationSpec;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The server's root handler: {@code /__admin/...} to the admin API, {@code /openapi.yaml} and
 * {@code /docs...} to the documents, everything else to the API, once {@link RequestTarget} has
 * decoded and checked the request target. It dates every response itself ({@link HttpDate}).
 * With {@code --cors} it answers CORS preflights and lets any origin read the API's and the
 * documents' answers; the admin API never gets those headers, so a page cannot drive it.
 */
public final class ServerHandlers {

    private ServerHandlers() {
    }

    /** @return coverage of every operation of the spec, all at zero */
    public static Coverage newCoverage() {
        return new Coverage(ApiRoutes.all().stream().map(route -> {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            route.params().forEach(param -> parameters.put(param.name(), param.allowedValues()));
            return new Coverage.Operation(route.operationId(), route.method(), route.path().toString(), parameters);
        }).toList());
    }

    /**
     * The root handler for a configuration.
     *
     * @param config    the configuration
     * @param journal   the request journal
     * @param scenarios the scripted answers
     * @param coverage  the counts of what the API was asked
     * @return the handler
     */
    public static HttpHandler root(MockServerConfig config, Journal journal, Scenarios scenarios, Coverage coverage) {
        List<OperationSpec> routes = ApiRoutes.all();
        ResponseSynthesizer synthesizer = new ResponseSynthesizer(ApiShapes::named,
                new Universe(config.seed(), config.today()), config.bounds().maxBodyBytes());
        ApiService service = new ApiService(routes, ApiRoutes.API_KEY_NAME, ApiRoutes::apiKey, config,
                synthesizer, scenarios, coverage);
        HttpHandler api = new ApiHandler(service, journal, ApiRoutes.API_KEY_NAME);
        HttpHandler admin = new AdminHandler(config, journal, scenarios, coverage,
                routes.stream().map(OperationSpec::operationId).collect(Collectors.toSet()));
        HttpHandler docs = new DocsHandler();
        boolean cors = config.conveniences().cors();
        return exchange -> {
            exchange.getResponseHeaders().put(Headers.DATE, HttpDate.now());
            RequestTarget target;
            try {
                target = RequestTarget.read(exchange);
            } catch (RequestTarget.Refused refused) {
                Senders.send(exchange, refused.reply(), 0);
                return;
            }
            exchange.putAttachment(RequestTarget.KEY, target);
            String path = target.path();
            if (path.startsWith("/__admin/")) {
                admin.handleRequest(exchange);
            } else if (cors && Cors.answeredPreflight(exchange)) {
                return;
            } else if (path.equals("/openapi.yaml") || path.equals("/docs") || path.startsWith("/docs/")) {
                docs.handleRequest(exchange);
            } else {
                api.handleRequest(exchange);
            }
        };
    }
}
