package dev.appintel.maven;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the mock server from Maven, in a JVM of its own on the project's test class path, until it
 * stops (Ctrl-C stops both). With {@code selfCheck} it instead starts the server, waits until its
 * health endpoint answers, makes one API call with a token, stops it and fails the build unless
 * that call answered 200.
 *
 * <p>The server comes from the project: the {@code mock-server} module itself, or any project
 * with a dependency on {@code dev.appintel:appintel-mock-server} (test scope is enough). The plugin
 * cannot depend on the server, which is built after it with its help.
 */
// The build runs to test-compile first because the forked JVM gets the test class path: so
// target/classes (the server itself, in the mock-server module) and target/test-classes (where a
// project may keep a launcher of its own for mainClass) are current, not whatever the last build left.
@Mojo(name = "mock", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class MockMojo extends AbstractMojo {

    /** Port to listen on; 0 lets the goal pick a free one (so the self-check knows where to call). */
    @Parameter(property = "appintel.mock.port", defaultValue = "4010")
    private int port;

    /** Address to listen on; loopback only by default. */
    @Parameter(property = "appintel.mock.host", defaultValue = "127.0.0.1")
    private String host;

    /** Seed of the data universe; the server's default (42) when not set. */
    @Parameter(property = "appintel.mock.seed")
    private Long seed;

    /** The accepted {@code auth_token}s (comma-separated as a property); any non-empty one when none. */
    @Parameter(property = "appintel.mock.tokens")
    private List<String> tokens;

    /** Delay before each answer in ms: {@code 200}, or {@code 100-300} for a random one. */
    @Parameter(property = "appintel.mock.latency")
    private String latency;

    /** Share of requests answered 500, from 0 to 1. */
    @Parameter(property = "appintel.mock.faultRate")
    private Double faultRate;

    /**
     * The value the admin API requires in its {@code X-Admin-Token} header; none when not set. The
     * health endpoint, which the self-check calls, answers without it.
     */
    @Parameter(property = "appintel.mock.adminToken")
    private String adminToken;

    /** Let other machines call the admin API; by default only this machine may, whatever {@code host} is. */
    @Parameter(property = "appintel.mock.allowRemoteAdmin", defaultValue = "false")
    private boolean allowRemoteAdmin;

    /** Further command-line options of the server, separated by white space, such as {@code --today 2024-06-30}. */
    @Parameter(property = "appintel.mock.args")
    private String args;

    /** The class whose {@code main} runs the server. */
    @Parameter(property = "appintel.mock.mainClass", defaultValue = "dev.appintel.mock.cli.MockServerCli")
    private String mainClass;

    /** Start the server, call it once, stop it: the build fails unless the call answered 200. */
    @Parameter(property = "appintel.mock.selfCheck", defaultValue = "false")
    private boolean selfCheck;

    /** How long the self-check waits for the server to answer, in seconds. */
    @Parameter(property = "appintel.mock.selfCheckTimeout", defaultValue = "30")
    private int selfCheckTimeout;

    /** Skips the goal: no server is started. */
    @Parameter(property = "appintel.mock.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("appintel: mock server skipped");
            return;
        }
        MockServerOptions options = options();
        ClassPath classPath = classPath();
        if (!classPath.holds(mainClass)) {
            throw new MojoFailureException("appintel: " + mainClass + " is not on the test class path of "
                    + project.getId() + "; add a dependency on dev.appintel:appintel-mock-server (test scope is "
                    + "enough), or run the goal in the mock-server module (./mvnw appintel:mock -pl mock-server)");
        }
        if (options.port() == 0) {
            options = options.withPort(freePort(options.host()));
        }
        List<String> commandLine = MockServerProcess.commandLine(javaLauncher(), classPath, mainClass, options);
        getLog().info("appintel: starting " + mainClass + " " + String.join(" ", MockServerOptions.shown(options.arguments())));
        getLog().debug("appintel: " + MockServerOptions.shown(commandLine));
        MockServerProcess server = start(commandLine);
        if (selfCheck) {
            check(server, options);
        } else {
            awaitEnd(server);
        }
    }

    private MockServerOptions options() throws MojoFailureException {
        if (selfCheckTimeout <= 0) {
            throw new MojoFailureException(
                    "appintel: appintel.mock.selfCheckTimeout must be a positive number of seconds, got " + selfCheckTimeout);
        }
        try {
            return new MockServerOptions(host, port,
                    seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                    tokens == null ? List.of() : tokens,
                    Optional.ofNullable(latency),
                    faultRate == null ? OptionalDouble.empty() : OptionalDouble.of(faultRate),
                    MockServerOptions.splitArgs(args), Optional.ofNullable(adminToken), allowRemoteAdmin);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("appintel: " + e.getMessage(), e);
        }
    }

    private ClassPath classPath() throws MojoExecutionException {
        try {
            return ClassPath.of(project.getTestClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("appintel: the test class path is not resolved: " + e.getMessage(), e);
        }
    }

    /** The JVM that runs Maven runs the server too: it is there, and it is recent enough for Maven. */
    private static Path javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A port free right now; another process could take it before the server does, which is unlikely. */
    private static int freePort(String host) throws MojoExecutionException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new MojoExecutionException("appintel: cannot find a free port on " + host + ": " + e, e);
        }
    }

    private static MockServerProcess start(List<String> commandLine) throws MojoExecutionException {
        try {
            return MockServerProcess.start(commandLine);
        } catch (IOException e) {
            throw new MojoExecutionException("appintel: cannot run " + commandLine.get(0) + ": " + e, e);
        }
    }

    private void check(MockServerProcess server, MockServerOptions options) throws MojoFailureException {
        MockSelfCheck check = new MockSelfCheck(options.localBaseUrl(), options.acceptedToken(),
                Duration.ofSeconds(selfCheckTimeout));
        try (server) {
            getLog().info("appintel: self-check: " + check.run(server::exitStatus));
        } catch (MockSelfCheck.Failure e) {
            throw new MojoFailureException("appintel: self-check of the mock server failed: " + e.getMessage(), e);
        }
        getLog().info("appintel: self-check passed; mock server stopped");
    }

    private static void awaitEnd(MockServerProcess server) throws MojoFailureException, MojoExecutionException {
        int status;
        try {
            status = server.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("appintel: interrupted; the mock server was stopped", e);
        }
        // 130 and 143: stopped by Ctrl-C or SIGTERM, which is how a server is meant to end.
        if (status != 0 && status != 130 && status != 143) {
            throw new MojoFailureException("appintel: the mock server exited with status " + status
                    + " (2: bad usage, 3: cannot listen); its output above says why");
        }
    }
}
