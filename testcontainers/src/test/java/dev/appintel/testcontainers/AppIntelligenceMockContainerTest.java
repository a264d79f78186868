package dev.appintel.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** The container's options as the server's command line gets them; no container is started. */
class AppIntelligenceMockContainerTest {

    @Test
    void theDefaultImageIsTheMockServerOfThisVersion() {
        assertThat(AppIntelligenceMockContainer.DEFAULT_IMAGE.getUnversionedPart()).isEqualTo("appintel/mock-server");
        assertThat(AppIntelligenceMockContainer.DEFAULT_IMAGE.getVersionPart()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void noOptionsKeepTheServersDefaults() {
        AppIntelligenceMockContainer container = new AppIntelligenceMockContainer();
        assertThat(container.serverArguments()).isEmpty();
        assertThat(container.memoryLimitBytes()).isEqualTo(512L * 1024 * 1024);
    }

    @Test
    void typedOptionsBecomeTheServersOptions() {
        AppIntelligenceMockContainer container = new AppIntelligenceMockContainer()
                .withSeed(7)
                .withTokens("qa", "ci")
                .withToday(LocalDate.of(2024, 6, 30))
                .withLatency(Duration.ofMillis(100), Duration.ofMillis(300))
                .withFaultRate(0.25)
                .withThrottleRate(0.1)
                .withDropRate(0)
                .withSlowBody(Duration.ofSeconds(2))
                .withRetryAfter(Duration.ofSeconds(5))
                .withAdminToken("secret")
                .withTokens("load");

        assertThat(container.serverArguments()).containsExactly("--seed", "7", "--today", "2024-06-30",
                "--latency", "100-300", "--fault-rate", "0.25", "--throttle-rate", "0.1", "--drop-rate", "0.0",
                "--slow-body", "2000", "--retry-after", "5", "--admin-token", "secret",
                "--token", "qa", "--token", "ci", "--token", "load");
    }

    @Test
    void aLaterValueOfAnOptionReplacesTheEarlierOne() {
        AppIntelligenceMockContainer container = new AppIntelligenceMockContainer().withSeed(1).withLatency(Duration.ofMillis(50))
                .withSeed(2);
        assertThat(container.serverArguments()).containsExactly("--seed", "2", "--latency", "50");
    }

    @Test
    void valuesTheServerWouldRefuseAreRefusedHereNamingTheOption() {
        AppIntelligenceMockContainer container = new AppIntelligenceMockContainer();
        assertThatThrownBy(() -> container.withFaultRate(1.5)).hasMessage("fault rate must be between 0 and 1; got 1.5");
        assertThatThrownBy(() -> container.withThrottleRate(Double.NaN)).hasMessageContaining("throttle rate");
        assertThatThrownBy(() -> container.withDropRate(-0.1)).hasMessageContaining("drop rate");
        assertThatThrownBy(() -> container.withLatency(Duration.ofMillis(-1))).hasMessageContaining("latency must not be negative");
        assertThatThrownBy(() -> container.withLatency(Duration.ofMillis(300), Duration.ofMillis(100)))
                .hasMessageContaining("shorter than the shortest");
        assertThatThrownBy(() -> container.withRetryAfter(Duration.ofMillis(1500))).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> container.withTokens("qa", "")).hasMessage("a token must not be empty");
        assertThatThrownBy(() -> container.withAdminToken("")).hasMessageContaining("admin token");
        assertThatThrownBy(() -> container.withMemoryLimit(64L * 1024 * 1024)).hasMessageContaining("at least 128 MiB");
    }

    @Test
    void anotherImageMustBeDeclaredASubstituteForTheMockServer() {
        assertThatThrownBy(() -> new AppIntelligenceMockContainer(DockerImageName.parse("nginx:1.27")))
                .hasMessageContaining("appintel/mock-server");
        DockerImageName mirrored = DockerImageName.parse("registry.example.com/qa/appintel-mock:1.0")
                .asCompatibleSubstituteFor("appintel/mock-server");
        assertThatCode(() -> new AppIntelligenceMockContainer(mirrored)).doesNotThrowAnyException();
    }
}
