package dev.appintel.mock.admin;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The request journal: the latest requests in a ring buffer of fixed capacity, so that memory
 * stays bounded however long the server runs; the oldest entry goes when a new one comes.
 */
public final class Journal {

    private final int capacity;
    private final Consumer<JournalEntry> listener;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private long sequence;
    private long dropped;

    /**
     * A journal.
     *
     * @param capacity the most entries kept; 0 keeps none
     */
    public Journal(int capacity) {
        this(capacity, entry -> { });
    }

    /**
     * A journal that also hands each entry to {@code listener} once it is recorded (outside the
     * journal's lock), as {@code --verbose} prints it.
     *
     * @param capacity the most entries kept; 0 keeps none
     * @param listener called with each new entry
     */
    public Journal(int capacity, Consumer<JournalEntry> listener) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal capacity must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** @return the most entries kept */
    public int capacity() {
        return capacity;
    }

    /**
     * Records a request.
     *
     * @return the entry
     */
    public JournalEntry record(String method, String uri, String operationId, Map<String, List<String>> parameters,
            int status, String outcome, List<String> problems, long millis) {
        JournalEntry entry;
        synchronized (this) {
            entry = new JournalEntry(++sequence, Instant.now(), method, uri, operationId, parameters, status, outcome,
                    problems, millis);
            if (capacity > 0) {
                if (entries.size() == capacity) {
                    entries.removeFirst();
                    dropped++;
                }
                entries.addLast(entry);
            }
        }
        listener.accept(entry);
        return entry;
    }

    /**
     * The kept entries, newest first, that match the filters.
     *
     * @param operationId only this operation's, when given
     * @param status      only those with this status, when given
     * @param limit       at most this many
     * @return the entries
     */
    public synchronized List<JournalEntry> find(Optional<String> operationId, Optional<Integer> status, int limit) {
        List<JournalEntry> found = new ArrayList<>();
        for (Iterator<JournalEntry> newest = entries.descendingIterator(); newest.hasNext() && found.size() < limit;) {
            JournalEntry entry = newest.next();
            if (operationId.map(entry.operationId()::equals).orElse(true)
                    && status.map(wanted -> wanted == entry.status()).orElse(true)) {
                found.add(entry);
            }
        }
        return found;
    }

    /** @return how many entries are kept */
    public synchronized int size() {
        return entries.size();
    }

    /** @return how many requests were recorded since the last reset */
    public synchronized long recorded() {
        return sequence;
    }

    /** @return how many entries were pushed out to keep within capacity */
    public synchronized long dropped() {
        return dropped;
    }

    /** Forgets every entry and restarts the numbering. */
    public synchronized void clear() {
        entries.clear();
        sequence = 0;
        dropped = 0;
    }
}
