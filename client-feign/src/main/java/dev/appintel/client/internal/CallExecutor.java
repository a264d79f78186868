package dev.appintel.client.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.client.ClientMetrics;
import dev.appintel.client.error.ResponseDecodingException;
import dev.appintel.client.support.OperationMetadata;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Carries out a call of a generated method: validates it, plans its requests, sends them with
 * bounded concurrency and each under the retry policy (one budget for the whole call), merges the responses and maps the result to
 * the method's declared type. Reports every call to the metrics.
 */
public final class CallExecutor {

    /** Sends one request of a call. */
    @FunctionalInterface
    public interface Sender {

        /**
         * @param args the request's arguments
         * @return its response
         */
        Fetched send(Object[] args);
    }

    private final RequestValidator validator = new RequestValidator();
    private final CallPlanner planner = new CallPlanner();
    private final Retrier retrier;
    private final ParallelCalls parallel;
    private final ObjectMapper mapper;
    private final ClientMetrics metrics;

    /**
     * @param retrier  the retry policy's runner
     * @param parallel the bounded pool for split calls
     * @param mapper   the client's mapper
     * @param metrics where calls are reported
     */
    public CallExecutor(Retrier retrier, ParallelCalls parallel, ObjectMapper mapper, ClientMetrics metrics) {
        this.retrier = retrier;
        this.parallel = parallel;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /**
     * Carries out a call and maps its result.
     *
     * @param operation  the operation
     * @param args       the caller's arguments
     * @param resultType the method's declared return type
     * @param sender     sends one request
     * @return the result
     */
    public Object call(OperationMetadata operation, Object[] args, Type resultType, Sender sender) {
        return convert(operation, fetch(operation, args, sender), resultType);
    }

    /**
     * Carries out a call and returns the merged response as a tree.
     *
     * @param operation the operation
     * @param args      the caller's arguments
     * @param sender    sends one request
     * @return the merged response
     */
    public Fetched fetch(OperationMetadata operation, Object[] args, Sender sender) {
        long start = System.nanoTime();
        String outcome = "success";
        int requests = 0;
        try {
            validator.validate(operation, args);
            Instant deadline = retrier.deadlineFromNow();
            CallPlan plan = planner.plan(operation, args);
            requests = plan.requests().size();
            List<Fetched> parts = parallel.map(plan.requests(),
                    request -> retrier.run(operation.operationId(), deadline, () -> sender.send(request)));
            Fetched first = parts.get(0);
            JsonNode merged = JsonMerge.merge(parts.stream().map(Fetched::body).toList(), plan.concat());
            return new Fetched(merged, first.status(), first.url());
        } catch (RuntimeException e) {
            outcome = e.getClass().getSimpleName();
            throw e;
        } finally {
            metrics.call(operation.operationId(), outcome, requests, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Maps a response to a Java type.
     *
     * @param operation the operation
     * @param fetched   the response
     * @param type      the Java type
     * @return the value
     * @throws ResponseDecodingException when the JSON does not fit the type
     */
    public Object convert(OperationMetadata operation, Fetched fetched, Type type) {
        try {
            return mapper.treeToValue(fetched.body(), mapper.constructType(type));
        } catch (JsonMappingException e) {
            throw new ResponseDecodingException(fetched.status(), operation.operationId(), fetched.url(),
                    "at " + pointer(e) + ": " + e.getOriginalMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ResponseDecodingException(fetched.status(), operation.operationId(), fetched.url(),
                    e.getMessage(), e);
        }
    }

    /** Where in the body the mapping failed, as a JSON Pointer ({@code /apps/0/rating_count}). */
    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }
}
