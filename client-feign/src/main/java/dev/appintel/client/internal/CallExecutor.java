package dev.appintel.client.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.client.ClientMetrics;
import dev.appintel.client.error.AppIntelligenceException;
import dev.appintel.client.error.CallPart;
import dev.appintel.client.error.PartialResultException;
import dev.appintel.client.error.PartialResultException.PartResult;
import dev.appintel.client.error.ResponseDecodingException;
import dev.appintel.runtime.MethodBinding;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a call of a generated method: validates it, plans its requests, sends them with
 * bounded concurrency and each under the retry policy (one budget for the whole call), merges the
 * responses and maps the result to the method's declared type. When a split call fails in one
 * request, the failure names it and carries the others' results ({@link PartialResultException}).
 * Reports every call to the metrics.
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
     * @throws PartialResultException when a call split into several requests failed in one of them
     */
    public Object call(MethodBinding operation, Object[] args, Type resultType, Sender sender) {
        return convert(operation, fetch(operation, args, resultType, sender), resultType);
    }

    /**
     * Carries out a call and returns the merged response as a tree.
     *
     * @param operation  the operation
     * @param args       the caller's arguments
     * @param resultType the method's declared return type: a body that is an array of one object
     *                   where this is a model is read as that object
     * @param sender     sends one request
     * @return the merged response
     * @throws PartialResultException when a call split into several requests failed in one of them
     */
    public Fetched fetch(MethodBinding operation, Object[] args, Type resultType, Sender sender) {
        long start = System.nanoTime();
        String outcome = "success";
        int requests = 0;
        try {
            validator.validate(operation, args);
            Instant deadline = retrier.deadlineFromNow();
            CallPlan plan = planner.plan(operation, args);
            requests = plan.requests().size();
            ParallelCalls.Outcome<Fetched> parts = parallel.map(plan.requests(), request -> SingleObjectBodies.unwrap(
                    operation.operationId(), retrier.run(operation.operationId(), deadline, () -> sender.send(request)),
                    resultType));
            if (!parts.complete()) {
                throw requests > 1 && parts.failure() instanceof AppIntelligenceException failure
                        ? partialFailure(operation, plan, parts, failure, resultType) : parts.failure();
            }
            return merge(parts.results(), plan.concat());
        } catch (RuntimeException e) {
            outcome = e.getClass().getSimpleName();
            throw e;
        } finally {
            metrics.call(operation.operationId(), outcome, requests, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static Fetched merge(List<Fetched> parts, List<String> concat) {
        Fetched first = parts.get(0);
        return new Fetched(JsonMerge.merge(parts.stream().map(Fetched::body).toList(), concat), first.status(),
                first.url());
    }

    /** The failure of one part, with the others' results decoded (those that cannot be are suppressed). */
    private PartialResultException partialFailure(MethodBinding operation, CallPlan plan,
            ParallelCalls.Outcome<Fetched> parts, AppIntelligenceException failure, Type resultType) {
        List<PartResult> succeeded = new ArrayList<>();
        List<Fetched> decodable = new ArrayList<>();
        List<CallPart> unfinished = new ArrayList<>();
        List<ResponseDecodingException> undecodable = new ArrayList<>();
        for (int i = 0; i < plan.requests().size(); i++) {
            Fetched part = parts.results().get(i);
            if (i == parts.failedIndex()) {
                continue;
            }
            if (part == null) {
                unfinished.add(plan.parts().get(i));
                continue;
            }
            try {
                succeeded.add(new PartResult(plan.parts().get(i), convert(operation, part, resultType)));
                decodable.add(part);
            } catch (ResponseDecodingException e) {
                undecodable.add(e);
            }
        }
        Object merged = decodable.isEmpty() ? null : convert(operation, merge(decodable, plan.concat()), resultType);
        PartialResultException partial = new PartialResultException(plan.parts().get(parts.failedIndex()), failure,
                succeeded, unfinished, merged);
        undecodable.forEach(partial::addSuppressed);
        return partial;
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
    public Object convert(MethodBinding operation, Fetched fetched, Type type) {
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
