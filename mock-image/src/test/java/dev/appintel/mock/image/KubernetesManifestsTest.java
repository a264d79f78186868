package dev.appintel.mock.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The manifests of {@code deploy/kubernetes} agree with the image and with each other: probes on
 * the health check at the image's port, a non-root user, the memory the heap is sized from, a
 * Service and an autoscaler pointing at the Deployment.
 */
class KubernetesManifestsTest {

    private static final Path DIRECTORY = Path.of(System.getProperty("appintel.kubernetes.dir", "../deploy/kubernetes"));
    private static final URI HEALTH = URI.create(HealthProbe.DEFAULT_URL);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode deployment = read("deployment.yaml");
    private final JsonNode container = deployment.at("/spec/template/spec/containers/0");

    @Test
    void everyProbeCallsTheHealthCheckAtTheImagesPort() {
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(HEALTH.getPort());
        String portName = container.at("/ports/0/name").asText();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/path").asText()).as(probe).isEqualTo(HEALTH.getPath());
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo(portName);
        }
    }

    @Test
    void theServerRunsAsTheImagesNonRootUserWithAReadOnlyRoot() {
        JsonNode pod = deployment.at("/spec/template/spec/securityContext");
        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/tmp");
    }

    @Test
    void theMemoryLimitIsTheOneThePeakWasMeasuredIn() {
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("512Mi");
        assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("512Mi");
        assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
    }

    @Test
    void theServiceAndTheAutoscalerPointAtTheDeployment() {
        JsonNode service = read("service.yaml");
        JsonNode autoscaler = read("hpa.yaml");
        assertThat(service.at("/spec/selector")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
        assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo(container.at("/ports/0/name").asText());
        assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo(deployment.path("kind").asText());
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isLessThanOrEqualTo(autoscaler.at("/spec/maxReplicas").asInt());
    }

    private static JsonNode read(String file) {
        try {
            return YAML.readTree(DIRECTORY.resolve(file).toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DIRECTORY.resolve(file), e);
        }
    }
}
