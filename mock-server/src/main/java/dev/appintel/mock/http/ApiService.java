package dev.appintel.mock.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.admin.Coverage;
import dev.appintel.mock.data.ResponseSynthesizer;
import dev.appintel.mock.data.TooLargeException;
import dev.appintel.mock.faults.FaultHeader;
import dev.appintel.mock.faults.FaultSettings;
import dev.appintel.mock.faults.Scenarios;
import dev.appintel.runtime.ApiKey;
import dev.appintel.runtime.BoundRequest;
import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.Reply;
import dev.appintel.runtime.RequestBinder;
import dev.appintel.runtime.Rules;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Decides the answer to an API request, in this order: the route (404, 405), the API key the
 * operation's security requirement names (401 without one, 403 for one outside the configured
 * set), the parameters as the spec says (422
 * naming every parameter at fault), a scripted answer, the {@code Prefer} header, injected faults
 * (dropped connection, 500, 429 with {@code Retry-After}), and otherwise a 200 with a body made up
 * from the universe. Bad input never gives a 500.
 */
final class ApiService {

    private final Router router;
    private final String apiKeyName;
    private final Function<String, Optional<ApiKey>> apiKeys;
    private final MockServerConfig config;
    private final ResponseSynthesizer synthesizer;
    private final Scenarios scenarios;
    private final Coverage coverage;
    private final BodyCache cache = new BodyCache();
    private final TokenRedaction redaction;

    /**
     * @param apiKeyName the API's key, whose values are hidden in what is logged
     * @param apiKeys    the key each operation must be called with, by operationId; empty for none
     * @param coverage   the counts of what the API was asked
     */
    ApiService(List<OperationSpec> routes, String apiKeyName, Function<String, Optional<ApiKey>> apiKeys,
            MockServerConfig config, ResponseSynthesizer synthesizer, Scenarios scenarios, Coverage coverage) {
        this.coverage = coverage;
        this.router = new Router(routes);
        this.apiKeyName = apiKeyName;
        this.apiKeys = apiKeys;
        this.config = config;
        this.synthesizer = synthesizer;
        this.scenarios = scenarios;
        this.redaction = new TokenRedaction(apiKeyName == null ? "auth_token" : apiKeyName);
    }

    /** The answer to one request, counted in the coverage when it was routed to an operation. */
    Answer answer(RawRequest request) {
        Optional<Router.Match> match = router.find(request.method(), request.path());
        if (match.isEmpty()) {
            return Answer.now(notFound(request), "-");
        }
        Answer answer = routed(match.get(), request);
        Map<String, List<String>> sent = new HashMap<>(request.query().values());
        match.get().pathValues().forEach((name, value) -> sent.put(name, List.of(value)));
        coverage.record(match.get().route().operationId(), answer.reply().status(), sent);
        // keys are never journaled: the API's, and the operation's own
        sent.remove(apiKeyName);
        apiKeys.apply(match.get().route().operationId()).ifPresent(key -> sent.remove(key.name()));
        return answer.withParameters(sent);
    }

    private Answer routed(Router.Match match, RawRequest request) {
        OperationSpec route = match.route();
        Optional<HttpReply> denied = authorization(route, match.pathValues(), request);
        if (denied.isPresent()) {
            return Answer.now(denied.get(), route.operationId());
        }
        return checked(route, match, request);
    }

    private Answer checked(OperationSpec route, Router.Match match, RawRequest request) {
        RequestBinder.Binding binding = RequestBinder.bind(route, match.pathValues(), request.query(), request.headers());
        if (!binding.valid()) {
            HttpReply invalid = new HttpReply(422, Map.of(),
                    Json.validationErrors(binding.problems()).getBytes(UTF_8),
                    "invalid", binding.problems());
            return Answer.now(invalid, route.operationId());
        }
        Map<String, String> pathValues = match.pathValues();
        Optional<Integer> scripted = scenarios.next(route.operationId());
        if (scripted.isPresent()) {
            return Answer.now(scripted(route, pathValues, scripted.get()), route.operationId());
        }
        try {
            Prefer prefer = request.header("Prefer").map(Prefer::parse).orElse(Prefer.NONE);
            FaultSettings faults = request.header(FaultHeader.NAME).map(header -> FaultHeader.apply(header, config.faults()))
                    .orElse(config.faults());
            if (prefer.code().isPresent() || prefer.example().isPresent()) {
                return Answer.now(preferred(route, pathValues, prefer), route.operationId());
            }
            Optional<Answer> unrealistic = config.realism().strict() ? pastLimits(route, pathValues, binding.request())
                    : Optional.empty();
            if (unrealistic.isPresent()) {
                return unrealistic.get();
            }
            return faulted(route, pathValues, faults).orElseGet(() -> success(route, binding, faults));
        } catch (Prefer.InterimStatusException e) {
            return Answer.now(HttpReply.json(422, Json.validationErrors(List.of(e.getMessage())), "bad-mock-header"),
                    route.operationId());
        } catch (IllegalArgumentException e) {
            return Answer.now(HttpReply.json(400, Json.error(e.getMessage()), "bad-mock-header"), route.operationId());
        }
    }

    private Optional<HttpReply> authorization(OperationSpec route, Map<String, String> pathValues, RawRequest request) {
        Optional<ApiKey> key = apiKeys.apply(route.operationId());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> token = key.get().location() == Param.Location.HEADER ? request.header(key.get().name())
                : request.parameter(key.get().name());
        if (token.filter(value -> !value.isBlank()).isEmpty()) {
            return Optional.of(declared(route, pathValues, 401, "unauthorized"));
        }
        if (!config.tokens().isEmpty() && !config.tokens().contains(token.get())) {
            return Optional.of(declared(route, pathValues, 403, "forbidden"));
        }
        return Optional.empty();
    }

    /**
     * A scripted answer. A 422 says that it was scripted: the spec's example names a missing
     * parameter, which would send whoever reads it looking for a fault in a request that had none.
     */
    private HttpReply scripted(OperationSpec route, Map<String, String> pathValues, int status) {
        if (status == Scenarios.DROP) {
            return HttpReply.drop("scripted");
        }
        if (status == 422) {
            return HttpReply.json(422, Json.validationErrors(List.of("Scripted answer: 422 queued for "
                    + route.operationId() + " through /__admin/scenarios")), "scripted");
        }
        return declared(route, pathValues, status, "scripted");
    }

    private HttpReply preferred(OperationSpec route, Map<String, String> pathValues, Prefer prefer) {
        int status = prefer.code().orElse(200);
        if (prefer.example().isPresent()) {
            Reply reply = route.reply(status).orElseThrow(() -> new IllegalArgumentException(
                    "Prefer: " + route.operationId() + " declares no " + status + " response"));
            String example = reply.examples().get(prefer.example().get());
            if (example == null) {
                throw new IllegalArgumentException("Prefer: " + route.operationId() + " has no " + status + " example '"
                        + prefer.example().get() + "'; its examples: " + String.join(", ", reply.examples().keySet()));
            }
            return withRetryAfter(new HttpReply(status, Map.of(),
                    example.getBytes(UTF_8), "prefer", List.of()));
        }
        return declared(route, pathValues, status, "prefer");
    }

    /**
     * A declared status with its example: the one named after the request's {@code os} (the spec
     * names examples {@code ios} and {@code android}), else the first; {@code {"error": ...}} when
     * it has none.
     */
    private HttpReply declared(OperationSpec route, Map<String, String> pathValues, int status, String outcome) {
        String os = pathValues.get("os");
        String body = route.reply(status).flatMap(reply -> Optional.ofNullable(os == null ? null : reply.examples().get(os))
                        .or(() -> reply.examples().values().stream().findFirst()))
                .orElseGet(() -> Json.error(reason(status)));
        return withRetryAfter(new HttpReply(status, Map.of(), body.getBytes(UTF_8),
                outcome, List.of()));
    }

    private HttpReply withRetryAfter(HttpReply reply) {
        return reply.status() == 429 ? reply.withHeader("Retry-After", Long.toString(config.faults().retryAfterSeconds()))
                : reply;
    }

    /**
     * With {@code --realism strict}: the failure the API's documentation gives for a request past
     * its limits. An id list longer than one call takes is a 422 naming it; a date range longer
     * than the span recommended for its granularity is the API's 500 (after the realism delay with
     * {@code strict-timeout}). The journal and an {@code X-Mock-Realism} header say which limit.
     */
    private Optional<Answer> pastLimits(OperationSpec route, Map<String, String> pathValues, BoundRequest request) {
        Optional<Rules.Batching> batching = route.rules().batching();
        if (batching.isPresent() && request.texts(batching.get().parameter()).size() > batching.get().maxPerCall()) {
            String problem = "Invalid parameter: " + batching.get().parameter() + " has "
                    + request.texts(batching.get().parameter()).size() + " ids; the API takes at most "
                    + batching.get().maxPerCall() + " per call (--realism strict)";
            return Optional.of(Answer.now(new HttpReply(422, Map.of(), Json.validationErrors(List.of(problem)).getBytes(UTF_8),
                    "realism", List.of(problem)), route.operationId()));
        }
        Optional<Rules.Segmentation> segmentation = route.rules().segmentation();
        Optional<Rules.DateRange> range = route.rules().dateRange();
        if (segmentation.isEmpty() || range.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> start = request.date(range.get().start());
        Optional<LocalDate> end = request.date(range.get().end());
        Optional<String> granularity = request.text(segmentation.get().granularity());
        Period span = granularity.map(segmentation.get().maxSpan()::get).orElse(null);
        if (start.isEmpty() || end.isEmpty() || span == null || !end.get().isAfter(start.get().plus(span).minusDays(1))) {
            return Optional.empty();
        }
        String problem = "Date range " + start.get() + ".." + end.get() + " is longer than " + span + ", the span the API"
                + " recommends at " + segmentation.get().granularity() + "=" + granularity.get() + "; it answers 500"
                + " (--realism strict)";
        HttpReply reply = declared(route, pathValues, 500, "realism");
        reply = new HttpReply(500, Map.of("X-Mock-Realism", problem), reply.body(), "realism", List.of(problem));
        long delay = config.realism().mode() == MockServerConfig.Realism.Mode.STRICT_TIMEOUT
                ? config.realism().delayMillis() : 0;
        return Optional.of(new Answer(reply, route.operationId(), delay, 0));
    }

    private Optional<Answer> faulted(OperationSpec route, Map<String, String> pathValues, FaultSettings faults) {
        if (faults.dropRate() == 0 && faults.errorRate() == 0 && faults.throttleRate() == 0) {
            return Optional.empty();
        }
        HttpReply reply = switch (faults.faultAt(ThreadLocalRandom.current().nextDouble())) {
            case DROP -> HttpReply.drop("fault");
            case ERROR -> HttpReply.json(500, Json.error(reason(500)), "fault");
            case THROTTLE -> declared(route, pathValues, 429, "fault")
                    .withHeader("Retry-After", Long.toString(faults.retryAfterSeconds()));
            case NONE -> null;
        };
        return Optional.ofNullable(reply).map(found -> new Answer(found, route.operationId(), latency(faults), 0));
    }

    private Answer success(OperationSpec route, RequestBinder.Binding binding, FaultSettings faults) {
        String key = cacheKey(route, binding.request());
        byte[] body;
        try {
            body = cache.get(key, () -> Json.bytes(out -> synthesizer.write(route, binding.request(), out)));
        } catch (TooLargeException e) {
            return Answer.now(new HttpReply(422, Map.of(), Json.validationErrors(List.of(e.getMessage())).getBytes(UTF_8),
                    "too-large", List.of(e.getMessage())), route.operationId());
        }
        HttpReply reply = new HttpReply(200, Map.of(), body, faults.any() ? "ok-with-faults" : "ok", List.of());
        return new Answer(reply, route.operationId(), latency(faults), faults.slowBodyMillis());
    }

    /** The request's operation and typed values, each with its length, so that no two requests share a key. */
    private static String cacheKey(OperationSpec route, BoundRequest request) {
        StringBuilder key = new StringBuilder(route.operationId());
        request.values().forEach((name, value) -> {
            key.append('|').append(name.length()).append(':').append(name);
            for (String text : request.texts(name)) {
                key.append(' ').append(text.length()).append(':').append(text);
            }
        });
        return key.toString();
    }

    private static long latency(FaultSettings faults) {
        return faults.maxLatencyMillis() == faults.minLatencyMillis() ? faults.minLatencyMillis()
                : ThreadLocalRandom.current().nextLong(faults.minLatencyMillis(), faults.maxLatencyMillis() + 1);
    }

    private HttpReply notFound(RawRequest request) {
        List<String> methods = router.methodsAt(request.path());
        if (!methods.isEmpty()) {
            return HttpReply.json(405, Json.error("Method " + request.method() + " is not allowed at " + redaction.path(request.path())
                    + "; allowed: " + String.join(", ", methods)), "not-allowed").withHeader("Allow", String.join(", ", methods));
        }
        return HttpReply.json(404, Json.error("No operation at " + request.method() + " " + redaction.path(request.path())
                + "; see /docs for the API"), "not-found");
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request.";
            case 401 -> "Invalid authentication token.";
            case 403 -> "Your API token is not authorized.";
            case 404 -> "Not found.";
            case 429 -> "Too many requests.";
            case 500 -> "Internal server error.";
            case 502 -> "Bad gateway.";
            case 503 -> "Service unavailable.";
            case 504 -> "Gateway timeout.";
            default -> "Status " + status + ".";
        };
    }
}
