package dev.appintel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MockServerOptionsTest {

    private static MockServerOptions defaults() {
        return new MockServerOptions("127.0.0.1", 4010, OptionalLong.empty(), List.of(), Optional.empty(),
                OptionalDouble.empty(), List.of());
    }

    @Test
    void leavesWhatIsNotSetToTheServer() {
        assertThat(defaults().arguments()).containsExactly("--host", "127.0.0.1", "--port", "4010");
    }

    @Test
    void givesTheTypedOptionsFirstAndTheRawArgumentsLast() {
        MockServerOptions options = new MockServerOptions("0.0.0.0", 4011, OptionalLong.of(7), List.of("a", "b"),
                Optional.of("100-300"), OptionalDouble.of(0.25), List.of("--today", "2024-06-30"));

        assertThat(options.arguments()).containsExactly("--host", "0.0.0.0", "--port", "4011", "--seed", "7",
                "--token", "a", "--token", "b", "--latency", "100-300", "--fault-rate", "0.25",
                "--today", "2024-06-30");
    }

    @Test
    void passesTheAdminTokenAndRemoteAdminAndTheLogShowsNoSecret() {
        MockServerOptions options = new MockServerOptions("127.0.0.1", 4010, OptionalLong.empty(), List.of("qa"),
                Optional.empty(), OptionalDouble.empty(), List.of("--token=ci", "--today", "2024-06-30"),
                Optional.of("adm"), true);

        assertThat(options.arguments()).containsExactly("--host", "127.0.0.1", "--port", "4010", "--token", "qa",
                "--admin-token", "adm", "--allow-remote-admin", "--token=ci", "--today", "2024-06-30");
        assertThat(MockServerOptions.shown(options.arguments())).containsExactly("--host", "127.0.0.1", "--port",
                "4010", "--token", "***", "--admin-token", "***", "--allow-remote-admin", "--token=***", "--today",
                "2024-06-30");
    }

    @Test
    void splitsRawArgumentsOnWhiteSpace() {
        assertThat(MockServerOptions.splitArgs("  --today 2024-06-30\t--drop-rate=0.1 ")).containsExactly(
                "--today", "2024-06-30", "--drop-rate=0.1");
        assertThat(MockServerOptions.splitArgs(null)).isEmpty();
        assertThat(MockServerOptions.splitArgs(" ")).isEmpty();
    }

    @Test
    void refusesAPortOutsideTheRange() {
        assertThatThrownBy(() -> defaults().withPort(65_536)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("appintel.mock.port must be between 0 and 65535, got 65536");
        assertThatThrownBy(() -> defaults().withPort(-1))
                .hasMessage("appintel.mock.port must be between 0 and 65535, got -1");
        assertThat(defaults().withPort(0).port()).isZero();
    }

    @Test
    void refusesALatencyThatIsNotMillisecondsOrARange() {
        for (String latency : List.of("fast", "200ms", "300-100", "-5", "")) {
            assertThatThrownBy(() -> new MockServerOptions("127.0.0.1", 4010, OptionalLong.empty(), List.of(),
                    Optional.of(latency), OptionalDouble.empty(), List.of()))
                    .hasMessage("appintel.mock.latency must be milliseconds, 200, or a range, 100-300; got '"
                            + latency + "'");
        }
    }

    @Test
    void refusesAFaultRateOutsideZeroToOne() {
        assertThatThrownBy(() -> new MockServerOptions("127.0.0.1", 4010, OptionalLong.empty(), List.of(),
                Optional.empty(), OptionalDouble.of(1.5), List.of()))
                .hasMessage("appintel.mock.faultRate must be between 0 and 1, got 1.5");
    }

    @Test
    void refusesAnEmptyTokenOrHost() {
        assertThatThrownBy(() -> new MockServerOptions("127.0.0.1", 4010, OptionalLong.empty(), List.of("a", " "),
                Optional.empty(), OptionalDouble.empty(), List.of()))
                .hasMessage("appintel.mock.tokens holds an empty token: [a,  ]");
        assertThatThrownBy(() -> new MockServerOptions(" ", 4010, OptionalLong.empty(), List.of(),
                Optional.empty(), OptionalDouble.empty(), List.of()))
                .hasMessage("appintel.mock.host must name an address, got ' '");
    }

    @Test
    void callsAWildcardAddressOnLoopbackAndBracketsIpv6() {
        assertThat(defaults().localBaseUrl()).hasToString("http://127.0.0.1:4010");
        assertThat(withHost("0.0.0.0").localBaseUrl()).hasToString("http://127.0.0.1:4010");
        assertThat(withHost("::").localBaseUrl()).hasToString("http://[::1]:4010");
        assertThat(withHost("::1").localBaseUrl()).hasToString("http://[::1]:4010");
        assertThat(withHost("localhost").localBaseUrl()).hasToString("http://localhost:4010");
    }

    @Test
    void callsWithTheFirstTokenOrAnyWhenNoneIsSet() {
        assertThat(defaults().acceptedToken()).isNotBlank();
        MockServerOptions options = new MockServerOptions("127.0.0.1", 4010, OptionalLong.empty(),
                List.of("first", "second"), Optional.empty(), OptionalDouble.empty(), List.of());
        assertThat(options.acceptedToken()).isEqualTo("first");
    }

    private static MockServerOptions withHost(String host) {
        return new MockServerOptions(host, 4010, OptionalLong.empty(), List.of(), Optional.empty(),
                OptionalDouble.empty(), List.of());
    }
}
