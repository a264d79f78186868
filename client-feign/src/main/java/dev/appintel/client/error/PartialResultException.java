package dev.appintel.client.error;

import java.util.List;
import java.util.Objects;

/**
 * A call made of several requests (id batches, date segments, pages) failed in one of them after
 * its retries. It names that {@linkplain #failedPart() part}, has its failure as the
 * {@linkplain #getCause() cause} (status, operation and URL are the cause's), and carries what the
 * parts that succeeded returned, decoded, so that a job can keep them and ask again only for the
 * rest.
 *
 * <p>Once one part has failed, parts not yet sent are not sent, and parts in flight are abandoned
 * ({@link #unfinished()}). For a paged call ({@code client.pages(...)}) the failed part is the page
 * that could not be fetched: the pages before it have already been handed to the caller, so
 * {@link #succeeded()} is empty and the iteration can start again from that page.
 */
public final class PartialResultException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    private final CallPart failedPart;
    private final transient List<PartResult> succeeded;
    private final List<CallPart> unfinished;
    private final transient Object partialResult;

    /**
     * The value one part returned.
     *
     * @param part  the part
     * @param value its response, decoded to the called method's return type
     */
    public record PartResult(CallPart part, Object value) {

        /** Checks that the part is given. */
        public PartResult {
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * @param failedPart    the part that failed
     * @param failure       its failure
     * @param succeeded     the parts that succeeded, in the call's order, with their values
     * @param unfinished    the parts neither finished nor failed when the call gave up, in order
     * @param partialResult the succeeded parts merged as the whole call would have been, decoded;
     *                      {@code null} when none succeeded
     */
    public PartialResultException(CallPart failedPart, AppIntelligenceException failure, List<PartResult> succeeded,
            List<CallPart> unfinished, Object partialResult) {
        super(failure.status(), failure.operation(), failure.url(), detail(failedPart, failure, succeeded, unfinished),
                failure);
        this.failedPart = Objects.requireNonNull(failedPart, "failedPart");
        this.succeeded = List.copyOf(succeeded);
        this.unfinished = List.copyOf(unfinished);
        this.partialResult = partialResult;
    }

    private static String detail(CallPart part, AppIntelligenceException failure, List<PartResult> succeeded,
            List<CallPart> unfinished) {
        String cause = failure.getMessage();
        // the cause's message repeats the operation; what follows it is the news
        String prefix = failure.operation() + ": ";
        return part + " failed (" + (cause.startsWith(prefix) ? cause.substring(prefix.length()) : cause) + "); "
                + succeeded.size() + " succeeded, " + unfinished.size() + " unfinished";
    }

    /**
     * The part that failed.
     *
     * @return the part, e.g. {@code part 7 of 53 (start_date=2024-02-12, end_date=2024-02-18)}
     */
    public CallPart failedPart() {
        return failedPart;
    }

    /**
     * The failure of the failed part.
     *
     * @return the cause, typed as the client's exceptions are
     */
    @Override
    public synchronized AppIntelligenceException getCause() {
        return (AppIntelligenceException) super.getCause();
    }

    /**
     * What the parts that succeeded returned, each decoded to the called method's return type (an
     * {@code AppsResponse} of one id batch, the {@code List<SalesEstimate>} of one date segment).
     *
     * @return the parts in the call's order; empty when none succeeded, and for pages
     */
    public List<PartResult> succeeded() {
        return succeeded;
    }

    /**
     * The parts that had not finished when the call gave up: not sent, or abandoned in flight.
     *
     * @return the parts in the call's order
     */
    public List<CallPart> unfinished() {
        return unfinished;
    }

    /**
     * The parts that succeeded merged as the whole call would have merged them (rows concatenated in
     * order), of the called method's return type: cast it as the method's result.
     *
     * @return the merged value, or {@code null} when no part succeeded
     */
    public Object partialResult() {
        return partialResult;
    }

    /** As the failed part's failure: whether the same call again may succeed. */
    @Override
    public boolean retryable() {
        return getCause().retryable();
    }
}
