package dev.appintel.mock.http;

import dev.appintel.mock.admin.Journal;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;
import io.undertow.util.HttpString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Serves the API: turns the exchange into a {@link RawRequest}, lets {@link ApiService} decide,
 * then waits, sends (or drops the connection) and journals. Every request is answered on the I/O
 * thread that read it, which saves two thread hand-offs per request. Injected latency and slow
 * bodies wait on that thread's timer, not on a sleeping thread, so any number of slow answers
 * leave the worker pool (and the admin API that runs on it) free.
 */
final class ApiHandler implements HttpHandler {

    private final ApiService service;
    private final Journal journal;
    private final TokenRedaction redaction;

    ApiHandler(ApiService service, Journal journal, String apiKeyName) {
        this.service = service;
        this.journal = journal;
        this.redaction = new TokenRedaction(apiKeyName == null ? "auth_token" : apiKeyName);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long started = System.nanoTime();
        Answer answer;
        try {
            answer = service.answer(raw(exchange));
        } catch (RuntimeException e) {
            answer = Answer.now(HttpReply.json(500, Json.error("The mock server failed: " + e), "server-error"), "-");
        }
        if (answer.latencyMillis() <= 0 && answer.slowBodyMillis() <= 0) {
            deliver(exchange, answer, started);
            return;
        }
        // dispatched to the same thread, so that the exchange stays open when this handler returns
        Answer delayed = answer;
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread()
                .executeAfter(() -> deliver(exchange, delayed, started), delayed.latencyMillis(), TimeUnit.MILLISECONDS));
    }

    /** Journals, then sends: a client that has its answer finds the request in the journal. */
    private void deliver(HttpServerExchange exchange, Answer answer, long started) {
        HttpReply reply = answer.reply();
        journal.record(exchange.getRequestMethod().toString(), redactedUri(exchange), answer.operationId(),
                answer.parameters(), reply.status(), reply.outcome(), reply.problems(),
                (System.nanoTime() - started) / 1_000_000);
        Senders.send(exchange, reply, answer.slowBodyMillis());
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
}
