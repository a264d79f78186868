package dev.appintel.mock.http;

import dev.appintel.mock.admin.Journal;
import dev.appintel.mock.faults.FaultHeader;
import dev.appintel.mock.faults.FaultSettings;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the API: turns the exchange into a {@link RawRequest}, lets {@link ApiService} decide,
 * then waits, sends (or drops the connection) and journals. A request that may wait (injected
 * latency or a slow body, from the command line or its {@code X-Mock-Fault} header) runs on a
 * worker thread, since waiting blocks; any other is answered on the I/O thread that read it,
 * which saves two thread hand-offs per request.
 */
final class ApiHandler implements HttpHandler {

    private final ApiService service;
    private final Journal journal;
    private final TokenRedaction redaction;
    private final boolean mayWait;

    ApiHandler(ApiService service, Journal journal, String apiKeyName, FaultSettings faults) {
        this.service = service;
        this.journal = journal;
        this.mayWait = faults.maxLatencyMillis() > 0 || faults.slowBodyMillis() > 0;
        this.redaction = new TokenRedaction(apiKeyName == null ? "auth_token" : apiKeyName);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread() && (mayWait || exchange.getRequestHeaders().contains(FaultHeader.NAME))) {
            exchange.dispatch(this);
            return;
        }
        long started = System.nanoTime();
        Answer answer;
        try {
            answer = service.answer(raw(exchange));
        } catch (RuntimeException e) {
            answer = Answer.now(HttpReply.json(500, Json.error("The mock server failed: " + e), "server-error"), "-");
        }
        pause(answer.latencyMillis());
        Senders.send(exchange, answer.reply(), answer.slowBodyMillis());
        HttpReply reply = answer.reply();
        journal.record(exchange.getRequestMethod().toString(), redactedUri(exchange), answer.operationId(),
                reply.status(), reply.outcome(), reply.problems(), (System.nanoTime() - started) / 1_000_000);
    }

    private static RawRequest raw(HttpServerExchange exchange) {
        RequestTarget target = exchange.getAttachment(RequestTarget.KEY);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpString name : exchange.getRequestHeaders().getHeaderNames()) {
            headers.put(name.toString(), new ArrayList<>(exchange.getRequestHeaders().get(name)));
        }
        return new RawRequest(exchange.getRequestMethod().toString(), target.path(), target.query(), headers);
    }

    /** The URI as received, path and query, with the token's value hidden ({@link TokenRedaction}). */
    private String redactedUri(HttpServerExchange exchange) {
        String path = redaction.path(exchange.getRequestURI());
        String query = exchange.getQueryString();
        return query == null || query.isEmpty() ? path : path + "?" + redaction.query(query);
    }

    static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
