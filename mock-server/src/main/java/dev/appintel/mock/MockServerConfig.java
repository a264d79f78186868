package dev.appintel.mock;

import dev.appintel.mock.faults.FaultSettings;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a mock server runs.
 *
 * @param host        the address to listen on; loopback by default
 * @param port        the port; 0 picks a free one
 * @param seed        what the data universe is derived from
 * @param tokens      the accepted API tokens; empty accepts any non-empty token
 * @param faults      the faults injected into successful responses
 * @param journalSize the most requests the journal keeps
 * @param today       the date "today" stands for: the default end of date ranges
 */
public record MockServerConfig(String host, int port, long seed, Set<String> tokens, FaultSettings faults,
        int journalSize, LocalDate today) {

    /** The default port. */
    public static final int DEFAULT_PORT = 4010;

    /** The default seed. */
    public static final long DEFAULT_SEED = 42;

    /** The default journal size. */
    public static final int DEFAULT_JOURNAL_SIZE = 1_000;

    public MockServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        tokens = Set.copyOf(new TreeSet<>(tokens));
        Objects.requireNonNull(faults, "faults");
        if (journalSize < 0 || journalSize > 1_000_000) {
            throw new IllegalArgumentException("journal size must be 0 to 1000000, got " + journalSize);
        }
        Objects.requireNonNull(today, "today");
    }

    /** @return loopback, port 4010, seed 42, any token, no faults, 1000 journal entries, today's date */
    public static MockServerConfig defaults() {
        return new MockServerConfig("127.0.0.1", DEFAULT_PORT, DEFAULT_SEED, Set.of(), FaultSettings.NONE,
                DEFAULT_JOURNAL_SIZE, LocalDate.now());
    }

    /** @param value the port @return this config on that port */
    public MockServerConfig withPort(int value) {
        return new MockServerConfig(host, value, seed, tokens, faults, journalSize, today);
    }

    /** @param value the seed @return this config with that seed */
    public MockServerConfig withSeed(long value) {
        return new MockServerConfig(host, port, value, tokens, faults, journalSize, today);
    }

    /** @param value the tokens @return this config accepting only them */
    public MockServerConfig withTokens(Set<String> value) {
        return new MockServerConfig(host, port, seed, value, faults, journalSize, today);
    }

    /** @param value the faults @return this config with them */
    public MockServerConfig withFaults(FaultSettings value) {
        return new MockServerConfig(host, port, seed, tokens, value, journalSize, today);
    }

    /** @param value the journal size @return this config with it */
    public MockServerConfig withJournalSize(int value) {
        return new MockServerConfig(host, port, seed, tokens, faults, value, today);
    }

    /** @param value the date "today" stands for @return this config with it */
    public MockServerConfig withToday(LocalDate value) {
        return new MockServerConfig(host, port, seed, tokens, faults, journalSize, value);
    }
}
