package dev.appintel.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.MockServerConfig;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Connections from other machines, which a test on one machine cannot open: the admin API refuses
 * them unless the configuration allows them.
 */
class AdminAccessTest {

    private static final InetSocketAddress SERVER = new InetSocketAddress("192.0.2.10", 4010);

    private static Optional<AdminAccess.Refusal> from(String peer, MockServerConfig config) {
        return new AdminAccess(config).check(new AdminAccess.Request("GET", "/requests", "192.0.2.10:4010", null, null,
                null, new InetSocketAddress(peer, 50_000), SERVER));
    }

    @Test
    void anotherMachineIsRefusedUnlessRemoteAdminIsAllowed() {
        MockServerConfig config = MockServerConfig.defaults().withPort(0);

        assertThat(from("192.0.2.99", config)).get().extracting(AdminAccess.Refusal::status).isEqualTo(403);
        assertThat(from("192.0.2.99", config).get().message()).contains("--allow-remote-admin");
        assertThat(from("192.0.2.99", config.withRemoteAdmin(true))).isEmpty();
    }

    @Test
    void thisMachineOnItsOwnAddressIsAccepted() {
        MockServerConfig config = new MockServerConfig("192.0.2.10", 0, 42, java.util.Set.of(),
                dev.appintel.mock.faults.FaultSettings.NONE, 10, java.time.LocalDate.of(2024, 6, 30));

        assertThat(from("192.0.2.10", config)).isEmpty();
        assertThat(from("127.0.0.1", config)).isEmpty();
    }
}
