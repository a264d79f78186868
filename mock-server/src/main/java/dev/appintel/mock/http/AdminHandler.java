package dev.appintel.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.admin.Journal;
import dev.appintel.mock.admin.JournalEntry;
import dev.appintel.mock.faults.Scenarios;
import dev.appintel.mock.http.Prefer.InterimStatusException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin API under {@code /__admin}: {@code GET health}, {@code GET requests} (the journal,
 * newest first, filtered by {@code operation}, {@code status} and {@code limit}), {@code DELETE
 * requests}, {@code GET config} (the effective configuration), {@code GET}, {@code POST} and
 * {@code DELETE scenarios} (scripted answers) and {@code POST reset} (journal and scenarios).
 */
final class AdminHandler implements HttpHandler {

    /** The largest admin request body accepted. */
    static final int MAX_BODY = 64 * 1024;

    private final MockServerConfig config;
    private final Journal journal;
    private final Scenarios scenarios;
    private final Set<String> operations;
    private final Instant started = Instant.now();

    AdminHandler(MockServerConfig config, Journal journal, Scenarios scenarios, Set<String> operations) {
        this.config = config;
        this.journal = journal;
        this.scenarios = scenarios;
        this.operations = Set.copyOf(operations);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        String path = exchange.getAttachment(RequestTarget.KEY).path().substring("/__admin".length());
        String method = exchange.getRequestMethod().toString();
        try {
            switch (method + " " + path) {
                case "GET /health" -> send(exchange, 200, health());
                case "GET /requests" -> send(exchange, 200, requests(exchange));
                case "DELETE /requests" -> {
                    journal.clear();
                    send(exchange, 200, Json.object().put("cleared", true));
                }
                case "GET /config" -> send(exchange, 200, config(exchange.getDestinationAddress().getPort()));
                case "GET /scenarios" -> send(exchange, 200, Json.mapper().valueToTree(scenarios.pending()));
                case "POST /scenarios" -> send(exchange, 201, queue(exchange));
                case "DELETE /scenarios", "POST /reset" -> {
                    scenarios.clear();
                    if (path.equals("/reset")) {
                        journal.clear();
                    }
                    send(exchange, 200, Json.object().put("reset", true));
                }
                default -> send(exchange, 404, error("No admin endpoint " + method + " /__admin" + path
                        + "; see GET /__admin/health, /__admin/requests, /__admin/config, /__admin/scenarios"));
            }
        } catch (InterimStatusException e) {
            send(exchange, 422, error(e.getMessage()));
        } catch (IllegalArgumentException | IOException e) {
            send(exchange, 400, error(e.getMessage()));
        }
    }

    private JsonNode health() {
        return Json.object().put("status", "up").put("operations", operations.size())
                .put("uptimeSeconds", Instant.now().getEpochSecond() - started.getEpochSecond())
                .put("journaled", journal.recorded());
    }

    private JsonNode requests(HttpServerExchange exchange) {
        Optional<String> operation = parameter(exchange, "operation");
        Optional<Integer> status = parameter(exchange, "status").map(value -> integer("status", value));
        int limit = parameter(exchange, "limit").map(value -> integer("limit", value)).orElse(journal.capacity());
        List<JournalEntry> entries = journal.find(operation, status, Math.max(0, limit));
        ObjectNode body = Json.object().put("capacity", journal.capacity()).put("kept", journal.size())
                .put("recorded", journal.recorded()).put("dropped", journal.dropped());
        ArrayNode list = body.putArray("requests");
        for (JournalEntry entry : entries) {
            ObjectNode item = list.addObject().put("sequence", entry.sequence()).put("time", entry.time().toString())
                    .put("method", entry.method()).put("uri", entry.uri()).put("operation", entry.operationId())
                    .put("status", entry.status()).put("outcome", entry.outcome()).put("millis", entry.millis());
            ArrayNode problems = item.putArray("validation");
            entry.problems().forEach(problems::add);
        }
        return body;
    }

    /** The configuration in effect; {@code port} is the one listened on, also when 0 was asked for. */
    private JsonNode config(int port) {
        ObjectNode body = Json.object().put("host", config.host()).put("port", port)
                .put("seed", config.seed()).put("today", config.today().toString())
                .put("tokens", config.tokens().isEmpty() ? "any non-empty token" : config.tokens().size() + " configured")
                .put("journalSize", config.journalSize());
        body.putObject("faults").put("latencyMillis", config.faults().latency())
                .put("errorRate", config.faults().errorRate()).put("throttleRate", config.faults().throttleRate())
                .put("dropRate", config.faults().dropRate()).put("slowBodyMillis", config.faults().slowBodyMillis())
                .put("retryAfterSeconds", config.faults().retryAfterSeconds());
        return body;
    }

    /** Reads {@code {"operation": "getApps", "responses": [{"status": 429, "times": 2}, {"status": "drop"}]}}. */
    private JsonNode queue(HttpServerExchange exchange) throws IOException {
        exchange.startBlocking();
        byte[] bytes = exchange.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new IllegalArgumentException("the scenario is larger than " + MAX_BODY + " bytes");
        }
        JsonNode scenario = Json.mapper().readTree(bytes);
        String operation = scenario == null ? "" : scenario.path("operation").asText("");
        if (!operations.contains(operation)) {
            throw new IllegalArgumentException("scenario: 'operation' must name an operation such as getApps, got '"
                    + operation + "'");
        }
        List<Integer> statuses = new ArrayList<>();
        for (JsonNode response : scenario.path("responses")) {
            int times = response.path("times").asInt(1);
            if (times < 1 || times > Scenarios.MAX_QUEUED) {
                throw new IllegalArgumentException("scenario: 'times' must be 1 to " + Scenarios.MAX_QUEUED);
            }
            int status = scriptedStatus(response.path("status"));
            for (int i = 0; i < times; i++) {
                statuses.add(status);
            }
        }
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("scenario: 'responses' must list at least one {\"status\": ..., \"times\": ...}");
        }
        scenarios.queue(operation, statuses);
        return Json.object().put("operation", operation).put("queued", statuses.size());
    }

    private static int scriptedStatus(JsonNode status) {
        if (status.isTextual() && status.asText().equals("drop")) {
            return Scenarios.DROP;
        }
        if (status.isInt() && status.asInt() >= 100 && status.asInt() <= 199) {
            throw new InterimStatusException("scenario: 'status' " + status.asInt() + " is an interim (1xx) status,"
                    + " which cannot be the answer to a request; use 200 to 599 or \"drop\"");
        }
        if (status.isInt() && status.asInt() >= 200 && status.asInt() <= 599) {
            return status.asInt();
        }
        throw new IllegalArgumentException("scenario: 'status' must be an HTTP status or \"drop\", got " + status);
    }

    private static Optional<String> parameter(HttpServerExchange exchange, String name) {
        List<String> values = exchange.getAttachment(RequestTarget.KEY).query().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'", e);
        }
    }

    private static JsonNode error(String message) {
        return Json.object().put("error", message);
    }

    private static void send(HttpServerExchange exchange, int status, JsonNode body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(Json.write(body));
    }
}
