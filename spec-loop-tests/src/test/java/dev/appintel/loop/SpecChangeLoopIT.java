package dev.appintel.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The spec-change loop as a team lives it, on a copy of this project: edit the spec, run the
 * build, read the verdict and the report. The scenarios run one after another on the same copy,
 * without {@code clean}, each build given the unchanged spec as its baseline:
 * <ol>
 * <li>a safe edit (a summary reworded, an optional response property added to {@code App}) builds
 * green and the report names the new property;</li>
 * <li>a new operation (path, tag, schemas, and its inventory rows) builds green, the client has its
 * method and the pact an interaction for its path;</li>
 * <li>renaming {@code Cohort.name} fails the build naming {@code Cohort.name}; accepted with
 * {@code -Dappintel.allowBreakingChanges=true} it builds green, and the report lists the baseline
 * pact's interactions that the new mock breaks.</li>
 * </ol>
 * The builds leave out the tests that do not take part in the loop (the generator's, the plugin's
 * integration tests, the runtimes' unit tests) to keep the module's cost near a minute a build.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpecChangeLoopIT {

    private static final String SPEC = "spec/src/main/resources/openapi/app-intelligence.yaml";
    private static final String INVENTORY = "spec/src/test/resources/inventory/endpoints.tsv";
    private static final String REPORT = "target/appintel/spec-changes.md";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    /** The tests that take part in the loop: the inventory, and the contracts on both sides. */
    private static final List<String> LOOP_TESTS = List.of(
            // only the modules the loop runs through; packaging and other integration modules add
            // build time and no verdict
            "-pl", "api-runtime,spec,generator,maven-plugin,client-feign,mock-server,contract-tests",
            "-Dtest=InventoryTest,SpecParsesTest,ClientConsumerPactTest",
            "-Dit.test=MockProviderPactIT,BaselinePactIT",
            "-Dsurefire.failIfNoSpecifiedTests=false",
            "-Dfailsafe.failIfNoSpecifiedTests=false",
            "-Dinvoker.skip=true",
            "-Dappintel.loop.skip=true",
            "-Dappintel.cds.skip=true",
            // The published jars' sources and Javadoc take no part in the verdict.
            "-Dmaven.source.skip=true",
            "-Dmaven.javadoc.skip=true");

    private static Path project;
    private static Path baseline;

    @BeforeAll
    static void copyTheProject() throws Exception {
        Path root = Path.of(System.getProperty("appintel.loop.root"));
        Path work = Path.of(System.getProperty("appintel.loop.work"));
        project = work.resolve("project");
        deleteRecursively(project);
        for (String file : trackedFiles(root)) {
            Path source = root.resolve(file);
            if (Files.isRegularFile(source)) {
                Path target = project.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        baseline = work.resolve("baseline/app-intelligence.yaml");
        Files.createDirectories(baseline.getParent());
        Files.copy(project.resolve(SPEC), baseline, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(1)
    void aSafeEditBuildsGreenAndTheReportNamesTheNewProperty() throws Exception {
        edit(SPEC, "operationId: getApps\n", "summary: Fetches app metadata.", "summary: Fetches the metadata of apps.");
        edit(SPEC, "    App:\n", "    App:\n", "        canonical_country:\n", """
                        store_badge:
                          type: string
                          description: The badge the store shows on the app's page, if any.
                        canonical_country:
                """);

        Build build = build();

        assertThat(build.exitCode()).as(build.tail()).isZero();
        assertThat(read(REPORT)).contains("**No breaking changes").contains("`App.store_badge`")
                .contains("App.storeBadge");
    }

    @Test
    @Order(2)
    void aNewOperationBuildsGreenWithAClientMethodAndAPactInteraction() throws Exception {
        edit(SPEC, "tags:\n", "tags:\n", "", resource("new-operation-tag.yaml"));
        edit(SPEC, "paths:\n", "paths:\n", "", resource("new-operation-path.yaml"));
        edit(SPEC, "\n  schemas:\n", "\n  schemas:\n", "", resource("new-operation-schemas.yaml"));
        Files.writeString(project.resolve(INVENTORY), read(INVENTORY) + resource("new-operation-inventory.tsv"));

        Build build = build();

        assertThat(build.exitCode()).as(build.tail()).isZero();
        assertThat(read(REPORT)).contains("getAppRatings");
        assertThat(generatedClient()).contains(" getAppRatings(");
        assertThat(pacts()).contains("/v1/ios/apps/ratings");
    }

    @Test
    @Order(3)
    void renamingCohortNameFailsNamingItThenAcceptedTheReportListsTheBrokenBaselineInteractions() throws Exception {
        edit(SPEC, "    Cohort:\n", "      required: [id, name, type]\n", "      required: [id, name, type]\n",
                "      required: [id, title, type]\n");
        edit(SPEC, "    Cohort:\n", "        name:\n          type: string\n", "        name:\n          type: string\n",
                "        title:\n          type: string\n");
        edit(SPEC, "    CohortList:\n", "name: Mobile gamers", "title: Mobile gamers");
        edit(SPEC, "    CohortList:\n", "name: Streaming subscribers", "title: Streaming subscribers");

        Build failing = build();

        assertThat(failing.exitCode()).as(failing.tail()).isNotZero();
        assertThat(failing.log()).contains("Cohort.name").contains("-Dappintel.allowBreakingChanges=true");
        System.out.printf("the breaking rename failed the build %.1f s after it started%n",
                failing.elapsed().toMillis() / 1000.0);

        Build accepted = build("-Dappintel.allowBreakingChanges=true");

        assertThat(accepted.exitCode()).as(accepted.tail()).isZero();
        assertThat(read(REPORT)).contains("`Cohort.name`")
                .contains("## Baseline pact interactions the new mock breaks");
    }

    /** One build of the copy: its exit code, its log and how long it took. */
    record Build(int exitCode, String log, Duration elapsed) {

        String tail() {
            List<String> lines = log.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        }
    }

    private static int builds;

    private static Build build(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "mvnw", "-B", "verify",
                "-Dappintel.baseline=" + baseline));
        command.addAll(LOOP_TESTS);
        command.addAll(List.of(extra));
        // Each build's log is kept beside the copy, for reading when a scenario fails.
        Path log = project.resolveSibling("build-" + ++builds + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().put("JAVA_HOME", System.getProperty("appintel.loop.java"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the build of the copy did not finish in " + BUILD_TIMEOUT + "; its log: " + log);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), elapsed);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Replaces the first {@code from} after {@code anchor}; an edit that finds nothing fails. */
    private static void edit(String file, String anchor, String from, String to) throws IOException {
        edit(file, anchor, from, from, to);
    }

    /**
     * Replaces the first {@code from} found after {@code anchor}, itself found after {@code
     * landmark}, with {@code to}; an empty {@code from} inserts {@code to} right after the anchor.
     */
    private static void edit(String file, String landmark, String anchor, String from, String to) throws IOException {
        String text = read(file);
        int at = text.indexOf(anchor, text.indexOf(landmark));
        assertThat(text.indexOf(landmark)).as("%s in %s", landmark, file).isNotNegative();
        assertThat(at).as("%s in %s", anchor, file).isNotNegative();
        int found = from.isEmpty() ? at + anchor.length() : text.indexOf(from, at);
        assertThat(found).as("%s after %s in %s", from, anchor, file).isNotNegative();
        Files.writeString(project.resolve(file), text.substring(0, found) + to + text.substring(found + from.length()));
    }

    private static String read(String file) throws IOException {
        return Files.readString(project.resolve(file));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SpecChangeLoopIT.class.getResourceAsStream("/scenarios/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource scenarios/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String generatedClient() throws IOException {
        return concatenated(project.resolve("client-feign/target/generated-sources/appintel"), ".java");
    }

    private static String pacts() throws IOException {
        return concatenated(project.resolve("contract-tests/target/pacts"), ".json");
    }

    private static String concatenated(Path directory, String suffix) throws IOException {
        assertThat(directory).isDirectory();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    /** The files git tracks in {@code root}: what a fresh clone has. */
    private static List<String> trackedFiles(Path root) throws Exception {
        Process process = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile()).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git ls-files in %s (the scenarios copy a git work tree)", root).isZero();
        return Stream.of(output.split("\0")).filter(name -> !name.isEmpty()).toList();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
