package dev.appintel.mock;

import dev.appintel.mock.faults.FaultSettings;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
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
 * @param adminToken  the value the admin API requires in its {@code X-Admin-Token} header; empty
 *                    requires none
 * @param remoteAdmin whether the admin API answers connections from other machines; by default
 *                    it answers only this machine's, whatever the host listened on
 * @param bounds      what one request or connection may cost
 * @param conveniences the opt-in helps for QA: CORS for browsers, a line per request
 * @param realism     how closely it keeps the real service's operational limits
 */
public record MockServerConfig(String host, int port, long seed, Set<String> tokens, FaultSettings faults,
        int journalSize, LocalDate today, Optional<String> adminToken, boolean remoteAdmin, Bounds bounds,
        Conveniences conveniences, Realism realism) {

    /**
     * How closely the mock keeps the limits the API's documentation gives for the real service.
     * {@link Mode#LENIENT} (the default) answers any valid request. {@link Mode#STRICT} fails the way
     * the documentation says the real service fails: a date range longer than the recommended span
     * for its granularity ({@code x-appintel-date-segmentation}) answers 500 with the API's error
     * body, and an id list longer than one call takes ({@code x-appintel-batching}) 422.
     * {@link Mode#STRICT_TIMEOUT} answers such a date range only after {@code delayMillis}, as a
     * service that times out does, so that a client's own timeout fires first.
     *
     * @param mode        the mode
     * @param delayMillis how long {@link Mode#STRICT_TIMEOUT} waits before its 500
     */
    public record Realism(Mode mode, long delayMillis) {

        /** The default delay of {@link Mode#STRICT_TIMEOUT}: past a one-minute client timeout. */
        public static final long DEFAULT_DELAY_MILLIS = 65_000;

        /** Any valid request is answered. */
        public static final Realism LENIENT = new Realism(Mode.LENIENT, DEFAULT_DELAY_MILLIS);

        /** The modes. */
        public enum Mode {
            /** Any valid request is answered. */
            LENIENT,
            /** Requests past the documented limits fail at once. */
            STRICT,
            /** Requests past the documented limits fail at once, and long date ranges after a delay. */
            STRICT_TIMEOUT
        }

        public Realism {
            Objects.requireNonNull(mode, "mode");
            if (delayMillis < 0) {
                throw new IllegalArgumentException("the realism delay must be >= 0 ms, got " + delayMillis);
            }
        }

        /** @return whether the documented limits are kept */
        public boolean strict() {
            return mode != Mode.LENIENT;
        }
    }

    /**
     * What QA may turn on for convenience; both off by default.
     *
     * @param cors    answer CORS preflights and allow any origin to read the API's and the
     *                documents' answers (never the admin API's), for apps running in a browser
     * @param verbose print one line per API request: method, URI with the token hidden, status and
     *                milliseconds
     */
    public record Conveniences(boolean cors, boolean verbose) {

        /** Neither. */
        public static final Conveniences NONE = new Conveniences(false, false);
    }

    /**
     * What one request or connection may cost, so that no client can hold the server.
     *
     * @param requestTimeoutMillis how long a request's head may take to arrive once it has begun;
     *                             the connection is then closed
     * @param idleTimeoutMillis    how long a connection may wait for its next request before it is
     *                             closed
     * @param maxBodyBytes         the largest answer body, in bytes; a request whose answer would be
     *                             larger is refused with a 422 before the body is made
     */
    public record Bounds(long requestTimeoutMillis, long idleTimeoutMillis, long maxBodyBytes) {

        /** The default request timeout, in milliseconds. */
        public static final long DEFAULT_REQUEST_TIMEOUT_MILLIS = 30_000;

        /** The default idle timeout, in milliseconds. */
        public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 60_000;

        /** The default largest answer body: 8 MiB. */
        public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;

        /** The defaults. */
        public static final Bounds DEFAULTS = new Bounds(DEFAULT_REQUEST_TIMEOUT_MILLIS, DEFAULT_IDLE_TIMEOUT_MILLIS,
                DEFAULT_MAX_BODY_BYTES);

        public Bounds {
            // Undertow takes them as ints
            if (requestTimeoutMillis < 1 || requestTimeoutMillis > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("request timeout must be 1 to " + Integer.MAX_VALUE + " ms, got "
                        + requestTimeoutMillis);
            }
            if (idleTimeoutMillis < 1 || idleTimeoutMillis > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("idle timeout must be 1 to " + Integer.MAX_VALUE + " ms, got "
                        + idleTimeoutMillis);
            }
            // a body lives in one byte array
            if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("max body size must be 1 to " + (Integer.MAX_VALUE - 8) + " bytes, got "
                        + maxBodyBytes);
            }
        }
    }

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
        Objects.requireNonNull(adminToken, "adminToken");
        if (adminToken.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("the admin token must not be empty");
        }
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(conveniences, "conveniences");
        Objects.requireNonNull(realism, "realism");
    }

    /**
     * A lenient configuration.
     *
     * @param host         the address to listen on
     * @param port         the port; 0 picks a free one
     * @param seed         what the data universe is derived from
     * @param tokens       the accepted API tokens; empty accepts any non-empty token
     * @param faults       the faults injected into successful responses
     * @param journalSize  the most requests the journal keeps
     * @param today        the date "today" stands for
     * @param adminToken   the admin API's token; empty requires none
     * @param remoteAdmin  whether the admin API answers other machines
     * @param bounds       what one request or connection may cost
     * @param conveniences the opt-in helps for QA
     */
    public MockServerConfig(String host, int port, long seed, Set<String> tokens, FaultSettings faults,
            int journalSize, LocalDate today, Optional<String> adminToken, boolean remoteAdmin, Bounds bounds,
            Conveniences conveniences) {
        this(host, port, seed, tokens, faults, journalSize, today, adminToken, remoteAdmin, bounds, conveniences,
                Realism.LENIENT);
    }

    /**
     * A configuration with no {@link Conveniences}.
     *
     * @param host        the address to listen on
     * @param port        the port; 0 picks a free one
     * @param seed        what the data universe is derived from
     * @param tokens      the accepted API tokens; empty accepts any non-empty token
     * @param faults      the faults injected into successful responses
     * @param journalSize the most requests the journal keeps
     * @param today       the date "today" stands for
     * @param adminToken  the admin API's token; empty requires none
     * @param remoteAdmin whether the admin API answers other machines
     * @param bounds      what one request or connection may cost
     */
    public MockServerConfig(String host, int port, long seed, Set<String> tokens, FaultSettings faults,
            int journalSize, LocalDate today, Optional<String> adminToken, boolean remoteAdmin, Bounds bounds) {
        this(host, port, seed, tokens, faults, journalSize, today, adminToken, remoteAdmin, bounds, Conveniences.NONE);
    }

    /**
     * A configuration with the default {@link Bounds}.
     *
     * @param host        the address to listen on
     * @param port        the port; 0 picks a free one
     * @param seed        what the data universe is derived from
     * @param tokens      the accepted API tokens; empty accepts any non-empty token
     * @param faults      the faults injected into successful responses
     * @param journalSize the most requests the journal keeps
     * @param today       the date "today" stands for
     * @param adminToken  the admin API's token; empty requires none
     * @param remoteAdmin whether the admin API answers other machines
     */
    public MockServerConfig(String host, int port, long seed, Set<String> tokens, FaultSettings faults,
            int journalSize, LocalDate today, Optional<String> adminToken, boolean remoteAdmin) {
        this(host, port, seed, tokens, faults, journalSize, today, adminToken, remoteAdmin, Bounds.DEFAULTS);
    }

    /**
     * A configuration whose admin API requires no token and answers only this machine.
     *
     * @param host        the address to listen on
     * @param port        the port; 0 picks a free one
     * @param seed        what the data universe is derived from
     * @param tokens      the accepted API tokens; empty accepts any non-empty token
     * @param faults      the faults injected into successful responses
     * @param journalSize the most requests the journal keeps
     * @param today       the date "today" stands for
     */
    public MockServerConfig(String host, int port, long seed, Set<String> tokens, FaultSettings faults,
            int journalSize, LocalDate today) {
        this(host, port, seed, tokens, faults, journalSize, today, Optional.empty(), false);
    }

    /** @return loopback, port 4010, seed 42, any token, no faults, 1000 journal entries, today's date */
    public static MockServerConfig defaults() {
        return new MockServerConfig("127.0.0.1", DEFAULT_PORT, DEFAULT_SEED, Set.of(), FaultSettings.NONE,
                DEFAULT_JOURNAL_SIZE, LocalDate.now());
    }

    /** @param value the port @return this config on that port */
    public MockServerConfig withPort(int value) {
        return new MockServerConfig(host, value, seed, tokens, faults, journalSize, today, adminToken,
                remoteAdmin, bounds, conveniences, realism);
    }

    /** @param value the seed @return this config with that seed */
    public MockServerConfig withSeed(long value) {
        return new MockServerConfig(host, port, value, tokens, faults, journalSize, today, adminToken,
                remoteAdmin, bounds, conveniences, realism);
    }

    /** @param value the tokens @return this config accepting only them */
    public MockServerConfig withTokens(Set<String> value) {
        return new MockServerConfig(host, port, seed, value, faults, journalSize, today, adminToken,
                remoteAdmin, bounds, conveniences, realism);
    }

    /** @param value the faults @return this config with them */
    public MockServerConfig withFaults(FaultSettings value) {
        return new MockServerConfig(host, port, seed, tokens, value, journalSize, today, adminToken,
                remoteAdmin, bounds, conveniences, realism);
    }

    /** @param value the journal size @return this config with it */
    public MockServerConfig withJournalSize(int value) {
        return new MockServerConfig(host, port, seed, tokens, faults, value, today, adminToken, remoteAdmin,
                bounds, conveniences, realism);
    }

    /** @param value the date "today" stands for @return this config with it */
    public MockServerConfig withToday(LocalDate value) {
        return new MockServerConfig(host, port, seed, tokens, faults, journalSize, value, adminToken,
                remoteAdmin, bounds, conveniences, realism);
    }

    /** @param value the admin API's token, or null for none @return this config requiring it */
    public MockServerConfig withAdminToken(String value) {
        return new MockServerConfig(host, port, seed, tokens, faults, journalSize, today, Optional.ofNullable(value),
                remoteAdmin, bounds, conveniences, realism);
    }

    /** @param value whether other machines may call the admin API @return this config with it */
    public MockServerConfig withRemoteAdmin(boolean value) {
        return new MockServerConfig(host, port, seed, tokens, faults, journalSize, today, adminToken, value,
                bounds, conveniences, realism);
    }

    /** @param value the bounds @return this config with them */
    public MockServerConfig withBounds(Bounds value) {
        return new MockServerConfig(host, port, seed, tokens, faults, journalSize, today, adminToken,
                remoteAdmin, value, conveniences, realism);
    }

    /** @param value the realism @return this config with it */
    public MockServerConfig withRealism(Realism value) {
        return new MockServerConfig(host, port, seed, tokens, faults, journalSize, today, adminToken, remoteAdmin,
                bounds, conveniences, value);
    }

    /** @param value the conveniences @return this config with them */
    public MockServerConfig withConveniences(Conveniences value) {
        return new MockServerConfig(host, port, seed, tokens, faults, journalSize, today, adminToken,
                remoteAdmin, bounds, value, realism);
    }

    /** Names the tokens' count, never their values, so that logging a configuration leaks none. */
    @Override
    public String toString() {
        return "MockServerConfig[host=" + host + ", port=" + port + ", seed=" + seed + ", tokens=" + tokens.size()
                + ", faults=" + faults + ", journalSize=" + journalSize + ", today=" + today + ", adminToken="
                + (adminToken.isPresent() ? "set" : "none") + ", remoteAdmin=" + remoteAdmin
                + ", bounds=" + bounds + ", conveniences=" + conveniences + ", realism=" + realism + "]";
    }
}
