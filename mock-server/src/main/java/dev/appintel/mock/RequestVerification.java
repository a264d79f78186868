package dev.appintel.mock;

import dev.appintel.mock.admin.Journal;
import dev.appintel.mock.admin.JournalEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Assertions over the requests a mock server received for one operation, read from its journal,
 * in the manner of Mockito's {@code verify}:
 *
 * <pre>{@code
 * mock.verify("getSalesReportEstimates").withParameter("date_granularity", "daily").calledTimes(4);
 * mock.verify("getApps").withStatus(429).calledAtLeast(1);
 * mock.verify("getTopInAppPurchases").never();
 * }</pre>
 *
 * A failed assertion throws an {@link AssertionError} listing the operation's requests. Since the
 * journal keeps only the latest requests ({@code journalSize}), an assertion fails when the
 * journal has let requests go since its last reset: the count would be wrong.
 */
public final class RequestVerification {

    private final Journal journal;
    private final String operationId;
    private final List<String> conditions;
    private final Predicate<JournalEntry> filter;

    RequestVerification(Journal journal, String operationId) {
        this(journal, Objects.requireNonNull(operationId, "operationId"), List.of(), entry -> true);
    }

    private RequestVerification(Journal journal, String operationId, List<String> conditions,
            Predicate<JournalEntry> filter) {
        this.journal = journal;
        this.operationId = operationId;
        this.conditions = conditions;
        this.filter = filter;
    }

    /**
     * Only the requests that sent this value: the parameter's value, or one item of its
     * comma-joined list, equals it.
     *
     * @param name  the parameter's wire name, e.g. {@code app_ids} or {@code os}
     * @param value the value
     * @return a narrower verification
     */
    public RequestVerification withParameter(String name, String value) {
        return narrowed(name + "=" + value, entry -> entry.parameters().getOrDefault(name, List.of()).stream()
                .anyMatch(sent -> sent.equals(value) || Arrays.asList(sent.split(",", -1)).contains(value)));
    }

    /**
     * Only the requests answered with this status (0 for a dropped connection).
     *
     * @param status the status
     * @return a narrower verification
     */
    public RequestVerification withStatus(int status) {
        return narrowed("status " + status, entry -> entry.status() == status);
    }

    /**
     * Only the requests that match a condition of the caller's, e.g. a date range within a limit.
     *
     * @param description what the condition is, for the failure message
     * @param condition   the condition
     * @return a narrower verification
     */
    public RequestVerification matching(String description, Predicate<JournalEntry> condition) {
        return narrowed(description, condition);
    }

    /**
     * Asserts how many requests matched.
     *
     * @param expected the number
     * @return this verification
     * @throws AssertionError when another number matched
     */
    public RequestVerification calledTimes(int expected) {
        List<JournalEntry> matched = requests();
        if (matched.size() != expected) {
            throw failure("expected " + expected + " matching request" + (expected == 1 ? "" : "s") + ", got "
                    + matched.size());
        }
        return this;
    }

    /**
     * Asserts that at least this many requests matched.
     *
     * @param minimum the least number
     * @return this verification
     * @throws AssertionError when fewer matched
     */
    public RequestVerification calledAtLeast(int minimum) {
        int matched = requests().size();
        if (matched < minimum) {
            throw failure("expected at least " + minimum + " matching requests, got " + matched);
        }
        return this;
    }

    /**
     * Asserts that no request matched.
     *
     * @return this verification
     * @throws AssertionError when one did
     */
    public RequestVerification never() {
        return calledTimes(0);
    }

    /**
     * The matching requests, oldest first.
     *
     * @return the journal's entries
     * @throws AssertionError when the journal has let requests go, so that the list is incomplete
     */
    public List<JournalEntry> requests() {
        if (journal.dropped() > 0) {
            throw new AssertionError("The mock's journal let " + journal.dropped() + " requests go (it keeps "
                    + journal.capacity() + "), so requests to " + operationId + " cannot be counted; raise"
                    + " MockServerConfig.journalSize or reset the journal between tests");
        }
        List<JournalEntry> matched = new ArrayList<>(operationEntries().stream().filter(filter).toList());
        Collections.reverse(matched);
        return matched;
    }

    private List<JournalEntry> operationEntries() {
        return journal.find(Optional.of(operationId), Optional.empty(), journal.capacity());
    }

    private RequestVerification narrowed(String condition, Predicate<JournalEntry> more) {
        List<String> all = new ArrayList<>(conditions);
        all.add(condition);
        return new RequestVerification(journal, operationId, List.copyOf(all), filter.and(more));
    }

    private AssertionError failure(String problem) {
        StringBuilder message = new StringBuilder("Requests to ").append(operationId);
        if (!conditions.isEmpty()) {
            message.append(" with ").append(String.join(" and ", conditions));
        }
        message.append(": ").append(problem).append(". Requests to ").append(operationId).append(" received:");
        List<JournalEntry> all = new ArrayList<>(operationEntries());
        Collections.reverse(all);
        if (all.isEmpty()) {
            message.append(" none");
        }
        for (JournalEntry entry : all) {
            message.append("\n  ").append(entry.status()).append(' ').append(entry.method()).append(' ').append(entry.uri());
        }
        return new AssertionError(message.toString());
    }
}
