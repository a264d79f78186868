package dev.appintel.mock.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.admin.Coverage;
import dev.appintel.mock.admin.Journal;
import dev.appintel.mock.admin.JournalEntry;
import dev.appintel.mock.faults.Scenarios;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The admin API under {@code /__admin}: {@code GET health}, {@code GET requests} (the journal,
 * newest first, filtered by {@code operation}, {@code status} and {@code limit}), {@code DELETE
 * requests}, {@code GET config} (the effective configuration), {@code GET}, {@code POST} and
 * {@code DELETE scenarios} (scripted answers), {@code GET coverage} (what each operation was
 * asked: JSON, or Markdown with {@code ?format=markdown}), {@code DELETE coverage} and
 * {@code POST reset} (journal, coverage and scenarios). Clearing the journal clears the coverage too.
 * {@link AdminAccess} decides who may call it.
 */
final class AdminHandler implements HttpHandler {

    /** The largest admin request body accepted. */
    static final int MAX_BODY = 64 * 1024;

    private final MockServerConfig config;
    private final Journal journal;
    private final Scenarios scenarios;
    private final Coverage coverage;
    private final Set<String> operations;
    private final Instant started = Instant.now();
    private final AdminAccess access;

    AdminHandler(MockServerConfig config, Journal journal, Scenarios scenarios, Coverage coverage, Set<String> operations) {
        this.config = config;
        this.coverage = coverage;
        this.journal = journal;
        this.scenarios = scenarios;
        this.operations = Set.copyOf(operations);
        this.access = new AdminAccess(config);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        String path = exchange.getAttachment(RequestTarget.KEY).path().substring("/__admin".length());
        String method = exchange.getRequestMethod().toString();
        Optional<AdminAccess.Refusal> refusal = access.check(new AdminAccess.Request(method, path,
                exchange.getRequestHeaders().getFirst(Headers.HOST), exchange.getRequestHeaders().getFirst(Headers.ORIGIN),
                exchange.getRequestHeaders().getFirst(AdminAccess.TOKEN_HEADER),
                exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE), exchange.getSourceAddress(),
                exchange.getDestinationAddress()));
        if (refusal.isPresent()) {
            send(exchange, refusal.get().status(), error(refusal.get().message()));
            return;
        }
        try {
            switch (method + " " + path) {
                case "GET /health" -> send(exchange, 200, health());
                case "GET /requests" -> send(exchange, 200, requests(exchange));
                case "DELETE /requests", "DELETE /coverage" -> {
                    journal.clear();
                    coverage.reset();
                    send(exchange, 200, Json.object().put("cleared", true));
                }
                case "GET /coverage" -> {
                    if (parameter(exchange, "format").filter("markdown"::equals).isPresent()) {
                        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/markdown; charset=utf-8");
                        exchange.getResponseSender().send(coverage.report().markdown());
                    } else {
                        send(exchange, 200, coverage(coverage.report()));
                    }
                }
                case "GET /config" -> send(exchange, 200, config(exchange.getDestinationAddress().getPort()));
                case "GET /scenarios" -> send(exchange, 200, Json.mapper().valueToTree(scenarios.pending()));
                case "POST /scenarios" -> send(exchange, 201, queue(exchange));
                case "DELETE /scenarios", "POST /reset" -> {
                    scenarios.clear();
                    if (path.equals("/reset")) {
                        journal.clear();
                        coverage.reset();
                    }
                    send(exchange, 200, Json.object().put("reset", true));
                }
                default -> send(exchange, 404, error("No admin endpoint " + method + " /__admin" + path
                        + "; see GET /__admin/health, /__admin/requests, /__admin/config, /__admin/scenarios, /__admin/coverage"));
            }
        } catch (InvalidScenario e) {
            send(exchange, 422, Json.validationErrors(e.problems));
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

    /** The coverage as JSON: a summary, then every operation with its counts. */
    private static JsonNode coverage(Coverage.Report report) {
        ObjectNode body = Json.object();
        body.putObject("summary").put("covered", report.covered()).put("total", report.total());
        ArrayNode operations = body.putArray("operations");
        for (Coverage.OperationCoverage operation : report.operations()) {
            ObjectNode item = operations.addObject().put("operationId", operation.operation().operationId())
                    .put("method", operation.operation().method()).put("path", operation.operation().path())
                    .put("calls", operation.calls()).put("covered", operation.covered());
            ObjectNode statuses = item.putObject("statuses");
            operation.statuses().forEach((status, count) -> statuses.put(String.valueOf(status), count));
            ObjectNode parameters = item.putObject("parameters");
            operation.parameters().forEach(parameters::put);
            ObjectNode values = item.putObject("values");
            operation.values().forEach((name, counts) -> {
                ObjectNode byValue = values.putObject(name);
                counts.forEach(byValue::put);
            });
        }
        return body;
    }

    /** The configuration in effect; {@code port} is the one listened on, also when 0 was asked for. */
    private JsonNode config(int port) {
        ObjectNode body = Json.object().put("host", config.host()).put("port", port)
                .put("seed", config.seed()).put("today", config.today().toString())
                .put("tokens", config.tokens().isEmpty() ? "any non-empty token" : config.tokens().size() + " configured")
                .put("journalSize", config.journalSize())
                .put("adminToken", config.adminToken().isPresent() ? "required" : "none")
                .put("remoteAdmin", config.remoteAdmin());
        body.putObject("bounds").put("requestTimeoutMillis", config.bounds().requestTimeoutMillis())
                .put("idleTimeoutMillis", config.bounds().idleTimeoutMillis())
                .put("maxBodyBytes", config.bounds().maxBodyBytes());
        body.putObject("realism").put("mode", config.realism().mode().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("delayMillis", config.realism().delayMillis());
        body.putObject("faults").put("latencyMillis", config.faults().latency())
                .put("errorRate", config.faults().errorRate()).put("throttleRate", config.faults().throttleRate())
                .put("dropRate", config.faults().dropRate()).put("slowBodyMillis", config.faults().slowBodyMillis())
                .put("retryAfterSeconds", config.faults().retryAfterSeconds());
        return body;
    }

    /**
     * Reads {@code {"operation": "getApps", "responses": [{"status": 429, "times": 2}, {"status": "drop"}]}}.
     * Malformed JSON is a 400 naming its line and column; a scenario that says something this
     * server does not do (an unknown key such as {@code body}, a bad status) a 422 listing every
     * problem, rather than being queued and half ignored.
     */
    private JsonNode queue(HttpServerExchange exchange) throws IOException {
        exchange.startBlocking();
        byte[] bytes = exchange.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new IllegalArgumentException("the scenario is larger than " + MAX_BODY + " bytes");
        }
        JsonNode scenario = parse(bytes);
        List<String> problems = new ArrayList<>();
        if (!scenario.isObject()) {
            throw new InvalidScenario(List.of("scenario: expected a JSON object such as {\"operation\": \"getApps\", "
                    + "\"responses\": [{\"status\": 429, \"times\": 2}]}"));
        }
        unknownKeys(scenario, "scenario", Set.of("operation", "responses"), problems);
        String operation = scenario.path("operation").isTextual() ? scenario.path("operation").asText() : "";
        if (!operations.contains(operation)) {
            problems.add("scenario: 'operation' must name an operation such as getApps, got "
                    + (scenario.path("operation").isTextual() ? "'" + operation + "'" : shown(scenario.path("operation"))));
        }
        JsonNode responses = scenario.path("responses");
        if (!responses.isArray() || responses.isEmpty()) {
            problems.add("scenario: 'responses' must list at least one {\"status\": ..., \"times\": ...}");
        }
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; responses.isArray() && i < responses.size(); i++) {
            String where = "scenario: responses[" + i + "]";
            JsonNode response = responses.get(i);
            if (!response.isObject()) {
                problems.add(where + " must be an object {\"status\": ..., \"times\": ...}, got " + shown(response));
                continue;
            }
            unknownKeys(response, where, Set.of("status", "times"), problems);
            JsonNode times = response.path("times");
            int count = times.isMissingNode() ? 1 : times.canConvertToExactIntegral() && times.canConvertToInt() ? times.asInt() : -1;
            if (count < 1 || count > Scenarios.MAX_QUEUED) {
                problems.add(where + ": 'times' must be an integer from 1 to " + Scenarios.MAX_QUEUED + ", got " + shown(times));
            }
            Optional<Integer> status = scriptedStatus(response.path("status"));
            if (status.isEmpty()) {
                problems.add(where + ": 'status' must be an HTTP status from 100 to 599 or \"drop\", got "
                        + shown(response.path("status")));
            }
            for (int n = 0; status.isPresent() && n < count; n++) {
                statuses.add(status.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenario(problems);
        }
        scenarios.queue(operation, statuses);
        return Json.object().put("operation", operation).put("queued", statuses.size());
    }

    /** The scenario's JSON; malformed JSON is named by its line and column, without the parser's own wording of where. */
    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidScenario(List.of("scenario: the body is empty; send {\"operation\": \"getApps\", "
                    + "\"responses\": [{\"status\": 429}]}"));
        }
        try {
            return Reader.INSTANCE.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new IllegalArgumentException("The scenario is not valid JSON" + where + ": " + shortReason(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("The scenario could not be read");
        }
    }

    /** The parser's reason, up to its explanation, e.g. {@code Unexpected character ('}' (code 125))}. */
    private static String shortReason(JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (String end : new String[] {": ", "\n", " (start marker", " [Source"}) {
            int at = reason.indexOf(end);
            reason = at < 0 ? reason : reason.substring(0, at);
        }
        return reason.length() > 120 ? reason.substring(0, 120) + "..." : reason;
    }

    private static void unknownKeys(JsonNode object, String where, Set<String> known, List<String> problems) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(where + ": unknown key '" + name + "'; known keys: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static Optional<Integer> scriptedStatus(JsonNode status) {
        if (status.isTextual() && status.asText().equals("drop")) {
            return Optional.of(Scenarios.DROP);
        }
        if (status.isInt() && status.asInt() >= 100 && status.asInt() <= 199) {
            throw new InvalidScenario(List.of("scenario: 'status' " + status.asInt() + " is an interim (1xx) status,"
                    + " which cannot be the answer to a request; use 200 to 599 or \"drop\""));
        }
        if (status.isInt() && status.asInt() >= 200 && status.asInt() <= 599) {
            return Optional.of(status.asInt());
        }
        return Optional.empty();
    }

    /** A JSON value as a message names it, cut short. */
    private static String shown(JsonNode value) {
        if (value.isMissingNode()) {
            return "nothing";
        }
        String text = Json.write(value);
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private static Optional<String> parameter(HttpServerExchange exchange, String name) {
        List<String> values = exchange.getAttachment(RequestTarget.KEY).query().values().get(name);
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
        send(exchange, status, Json.write(body));
    }

    private static void send(HttpServerExchange exchange, int status, String json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(json);
    }

    /** A well-formed scenario that asks for what this server does not do: a 422 listing the problems. */
    private static final class InvalidScenario extends RuntimeException {
        private final List<String> problems;

        InvalidScenario(List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    /** Reads scenarios strictly: a key given twice or text after the object is an error, not silently dropped. */
    private static final class Reader {
        static final ObjectReader INSTANCE = Json.mapper().reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
