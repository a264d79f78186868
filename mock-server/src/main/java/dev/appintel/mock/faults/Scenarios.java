package dev.appintel.mock.faults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scripted answers, queued through the admin API: "the next 2 calls to getApps get 429, then
 * normal". Each operation has its own queue, used up call by call; queues are bounded.
 */
public final class Scenarios {

    /** The most scripted answers queued for one operation. */
    public static final int MAX_QUEUED = 1_000;

    /** A status to answer, or {@link #DROP} to close the connection without an answer. */
    public static final int DROP = 0;

    private final Map<String, Deque<Integer>> queues = new LinkedHashMap<>();

    /**
     * Queues answers for an operation, after those already queued.
     *
     * @param operationId the operation
     * @param statuses    the statuses of its next calls, in order ({@link #DROP} to drop one)
     * @throws IllegalArgumentException when the queue would hold more than {@link #MAX_QUEUED}
     */
    public synchronized void queue(String operationId, List<Integer> statuses) {
        Deque<Integer> queue = queues.computeIfAbsent(operationId, id -> new ArrayDeque<>());
        if (queue.size() + statuses.size() > MAX_QUEUED) {
            throw new IllegalArgumentException("at most " + MAX_QUEUED + " answers may be queued for " + operationId);
        }
        queue.addAll(statuses);
    }

    /**
     * Takes the next scripted answer of an operation.
     *
     * @param operationId the operation
     * @return its status, or empty when nothing is scripted and the call is answered normally
     */
    public synchronized Optional<Integer> next(String operationId) {
        Deque<Integer> queue = queues.get(operationId);
        Optional<Integer> next = queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
        if (queue != null && queue.isEmpty()) {
            queues.remove(operationId);
        }
        return next;
    }

    /** @return the queued answers by operation */
    public synchronized Map<String, List<Integer>> pending() {
        Map<String, List<Integer>> pending = new LinkedHashMap<>();
        queues.forEach((operation, queue) -> pending.put(operation, new ArrayList<>(queue)));
        return pending;
    }

    /** Forgets every queued answer. */
    public synchronized void clear() {
        queues.clear();
    }
}
