package dev.appintel.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The App Intelligence mock server in a container: the image {@code appintel/mock-server} of this
 * module's version, started with the options set here, and ready once its health check,
 * {@code GET /__admin/health}, answers 200.
 *
 * <pre>{@code
 * @Container
 * static AppIntelligenceMockContainer mock = new AppIntelligenceMockContainer()
 *         .withSeed(7).withTokens("qa-token").withToday(LocalDate.of(2024, 6, 30));
 *
 * URI base = mock.baseUrl();   // http://localhost:<mapped port>/
 * }</pre>
 *
 * <p>Options left unset keep the server's defaults (seed 42, any non-empty token, no faults, today
 * as the container's clock says). The container gets a 512 MiB memory limit unless {@link
 * #withMemoryLimit(long)} says otherwise, since the image sizes its heap from the limit (half of it).
 * The admin API ({@code /__admin/requests}, {@code /__admin/scenarios}, ...) answers at {@link
 * #baseUrl()} too: inside a container it is open to callers outside it, so give {@link
 * #withAdminToken(String)} when others can reach the Docker host.
 */
public class AppIntelligenceMockContainer extends GenericContainer<AppIntelligenceMockContainer> {

    /** The port the server listens on inside the container. */
    public static final int PORT = 4010;

    /** The image of this module's version, {@code appintel/mock-server:<version>}. */
    public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse(imageOfThisVersion());

    /** The memory limit given when none is set: the peak the server was measured to stay under. */
    public static final long DEFAULT_MEMORY_LIMIT_BYTES = 512L * 1024 * 1024;

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> tokens = new ArrayList<>();
    private long memoryLimitBytes = DEFAULT_MEMORY_LIMIT_BYTES;

    /** The image of this module's version. */
    public AppIntelligenceMockContainer() {
        this(DEFAULT_IMAGE);
    }

    /**
     * Another image of the mock server, such as a copy in your own registry: declare it with
     * {@code DockerImageName.parse("registry.example.com/appintel/mock-server:0.1.0").asCompatibleSubstituteFor("appintel/mock-server")}.
     *
     * @param image the image
     */
    public AppIntelligenceMockContainer(DockerImageName image) {
        super(image);
        // Unversioned, so that every version of the image, and declared substitutes, pass.
        image.assertCompatibleWith(DockerImageName.parse(DEFAULT_IMAGE.getUnversionedPart()));
        withExposedPorts(PORT);
        waitingFor(Wait.forHttp("/__admin/health").forPort(PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    /**
     * The seed of the data universe: every server with the same seed (and today) answers the
     * same request with the same bytes.
     *
     * @param seed the seed
     * @return this container
     */
    public AppIntelligenceMockContainer withSeed(long seed) {
        return option("--seed", Long.toString(seed));
    }

    /**
     * Accepted {@code auth_token} values, added to those given before; once any is given, other
     * tokens get 403.
     *
     * @param accepted the tokens, none empty
     * @return this container
     */
    public AppIntelligenceMockContainer withTokens(String... accepted) {
        for (String token : accepted) {
            if (token == null || token.isEmpty()) {
                throw new IllegalArgumentException("a token must not be empty");
            }
            tokens.add(token);
        }
        return self();
    }

    /**
     * The date "today" stands for: the default end of date ranges. Fix it to get the same answers
     * on every day.
     *
     * @param today the date
     * @return this container
     */
    public AppIntelligenceMockContainer withToday(LocalDate today) {
        return option("--today", Objects.requireNonNull(today, "today").toString());
    }

    /**
     * A delay before each answer.
     *
     * @param latency the delay, whole milliseconds
     * @return this container
     */
    public AppIntelligenceMockContainer withLatency(Duration latency) {
        return option("--latency", Long.toString(millis("latency", latency)));
    }

    /**
     * A random delay before each answer, between two bounds.
     *
     * @param min the shortest delay
     * @param max the longest delay, not shorter than {@code min}
     * @return this container
     */
    public AppIntelligenceMockContainer withLatency(Duration min, Duration max) {
        long low = millis("latency", min);
        long high = millis("latency", max);
        if (high < low) {
            throw new IllegalArgumentException("latency: the longest delay, " + max + ", is shorter than the shortest, " + min);
        }
        return option("--latency", low + "-" + high);
    }

    /**
     * The share of requests answered 500.
     *
     * @param rate between 0 and 1
     * @return this container
     */
    public AppIntelligenceMockContainer withFaultRate(double rate) {
        return option("--fault-rate", share("fault rate", rate));
    }

    /**
     * The share of requests answered 429 with {@code Retry-After}.
     *
     * @param rate between 0 and 1
     * @return this container
     */
    public AppIntelligenceMockContainer withThrottleRate(double rate) {
        return option("--throttle-rate", share("throttle rate", rate));
    }

    /**
     * The share of requests whose connection is closed unanswered.
     *
     * @param rate between 0 and 1
     * @return this container
     */
    public AppIntelligenceMockContainer withDropRate(double rate) {
        return option("--drop-rate", share("drop rate", rate));
    }

    /**
     * The time each body takes to arrive, sent in pieces.
     *
     * @param duration whole milliseconds
     * @return this container
     */
    public AppIntelligenceMockContainer withSlowBody(Duration duration) {
        return option("--slow-body", Long.toString(millis("slow body", duration)));
    }

    /**
     * The {@code Retry-After} of a 429.
     *
     * @param delay whole seconds
     * @return this container
     */
    public AppIntelligenceMockContainer withRetryAfter(Duration delay) {
        Objects.requireNonNull(delay, "retry after");
        if (delay.isNegative() || delay.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("retry after must be whole seconds, not negative; got " + delay);
        }
        return option("--retry-after", Long.toString(delay.toSeconds()));
    }

    /**
     * Requires this value in the {@code X-Admin-Token} header of admin requests (the health check
     * excepted).
     *
     * @param token the admin token, not empty
     * @return this container
     */
    public AppIntelligenceMockContainer withAdminToken(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("the admin token must not be empty");
        }
        return option("--admin-token", token);
    }

    /**
     * The container's memory limit; the server's heap is half of it.
     *
     * @param bytes at least 128 MiB
     * @return this container
     */
    public AppIntelligenceMockContainer withMemoryLimit(long bytes) {
        if (bytes < 128L * 1024 * 1024) {
            throw new IllegalArgumentException("the memory limit must be at least 128 MiB; got " + bytes + " bytes");
        }
        memoryLimitBytes = bytes;
        return self();
    }

    /**
     * The server's base URL as seen from the tests: the Docker host and the port mapped to 4010.
     *
     * @return for example {@code http://localhost:32771/}
     */
    public URI baseUrl() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(PORT) + "/");
    }

    /** The arguments the image's command line gets, in the order set. */
    List<String> serverArguments() {
        List<String> arguments = new ArrayList<>();
        options.forEach((name, value) -> {
            arguments.add(name);
            arguments.add(value);
        });
        tokens.forEach(token -> {
            arguments.add("--token");
            arguments.add(token);
        });
        return arguments;
    }

    /** The memory limit the container is created with. */
    long memoryLimitBytes() {
        return memoryLimitBytes;
    }

    @Override
    protected void configure() {
        // The image's entrypoint starts the server; the command adds these options to it.
        setCommand(serverArguments().toArray(String[]::new));
        long limit = memoryLimitBytes;
        withCreateContainerCmdModifier(command -> command.getHostConfig().withMemory(limit));
    }

    private AppIntelligenceMockContainer option(String name, String value) {
        options.put(name, value);
        return self();
    }

    private static long millis(String what, Duration duration) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative; got " + duration);
        }
        return duration.toMillis();
    }

    private static String share(String what, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1; got " + rate);
        }
        return Double.toString(rate);
    }

    private static String imageOfThisVersion() {
        try (InputStream in = AppIntelligenceMockContainer.class.getResourceAsStream("image.properties")) {
            Properties properties = new Properties();
            properties.load(Objects.requireNonNull(in, "image.properties is missing from the jar"));
            return properties.getProperty("image");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
