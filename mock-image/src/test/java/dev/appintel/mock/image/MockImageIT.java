package dev.appintel.mock.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image as a user runs it: the tarball the build wrote is loaded into podman and started in a
 * 512 MiB container with its port published, then called from outside. Run by the profile
 * {@code container-tests} after the profile {@code image} wrote the tarball.
 */
class MockImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ContainerEngine PODMAN = new ContainerEngine("podman");
    private static final String IMAGE = System.getProperty("appintel.image.name");

    private static String container;
    private static URI base;

    @BeforeAll
    static void loadAndStart() throws Exception {
        ContainerEngine.Result info = PODMAN.attempt("info", "--format", "{{.Host.OCIRuntime.Name}}");
        if (info.status() != 0) {
            throw new IllegalStateException("podman cannot run here, so the image cannot be tested: 'podman info' said:\n"
                    + info.output() + info.errors() + "\nInstall podman and runc and point CONTAINERS_CONF at a containers.conf as "
                    + "deploy/image/README.md shows");
        }
        Path tarball = Path.of(System.getProperty("appintel.image.tar"));
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException(tarball + " is missing: build it with the profile image (-Pimage)");
        }
        assertThat(PODMAN.run("load", "--input", tarball.toString())).contains(IMAGE);
        // Named, so that a container whose start failed is removed too.
        container = "appintel-mock-image-it-" + ProcessHandle.current().pid();
        PODMAN.run("run", "--detach", "--name", container, "--memory", "512m", "--publish", "127.0.0.1::4010", IMAGE,
                "--seed", "7", "--today", "2024-06-30");
        String published = PODMAN.run("port", container, "4010/tcp");
        base = URI.create("http://" + published.lines().findFirst().orElseThrow() + "/");
        awaitHealth(Duration.ofSeconds(60));
    }

    @AfterAll
    static void remove() {
        if (container != null) {
            PODMAN.attempt("rm", "--force", container);
        }
    }

    @Test
    void aValidRequestGets200WithTheAppsMetadata() throws Exception {
        HttpResponse<String> response = get("v1/ios/apps?app_ids=284882215&auth_token=any-token");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/apps/0/app_id").asText()).isEqualTo("284882215");
    }

    @Test
    void aRequestWithoutARequiredParameterGets422NamingIt() throws Exception {
        HttpResponse<String> response = get("v1/ios/apps?auth_token=any-token");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":[{\"title\":\"Required parameter: app_ids is missing\"}]}");
    }

    @Test
    void theHealthCheckAnswersFromOutsideTheContainer() throws Exception {
        HttpResponse<String> response = get("__admin/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("status").asText()).isEqualTo("up");
    }

    @Test
    void theImagesOwnHealthCheckPasses() {
        ContainerEngine.Result result = PODMAN.attempt("healthcheck", "run", container);
        assertThat(result.status()).as(result.output() + result.errors()).isZero();
        assertThat(PODMAN.run("inspect", "--format", "{{.State.Health.Status}}", container)).isEqualTo("healthy");
    }

    @Test
    void theServerRunsAsANonRootUserWithTheOptionsGivenToTheContainer() throws Exception {
        assertThat(PODMAN.run("top", container, "huser")).contains("10001").doesNotContain("root");
        JsonNode config = JSON.readTree(get("__admin/config").body());
        assertThat(config.path("seed").asLong()).as(config.toString()).isEqualTo(7);
        assertThat(config.path("today").asText()).isEqualTo("2024-06-30");
        assertThat(config.path("host").asText()).isEqualTo("0.0.0.0");
    }

    @Test
    void theImageDeclaresItsPortUserAndHealthCheck() throws Exception {
        JsonNode image = JSON.readTree(PODMAN.run("image", "inspect", IMAGE)).get(0);
        assertThat(image.at("/Config/User").asText()).isEqualTo("10001:10001");
        assertThat(image.at("/Config/ExposedPorts").has("4010/tcp")).isTrue();
        assertThat(image.at("/Created").asText()).startsWith("1970-01-01");
        assertThat(PODMAN.run("image", "inspect", "--format", "{{json .HealthCheck}}", IMAGE))
                .contains("dev.appintel.mock.image.HealthProbe");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitHealth(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get("__admin/health");
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the container did not answer " + base + "__admin/health with 200 within "
                + limit.toSeconds() + " s (last: " + last + "); its log:\n" + PODMAN.attempt("logs", container));
    }
}
