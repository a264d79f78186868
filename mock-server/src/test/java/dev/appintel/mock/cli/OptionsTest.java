package dev.appintel.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The hand-written reading of the command line: both value forms, repeats, help and the errors. */
class OptionsTest {

    @Test
    void readsValuesSeparatedBySpaceOrEquals() {
        Options options = Options.parse("--port", "0", "--host=::1", "--seed", "-7", "--latency=100-300",
                "--fault-rate", "0.5", "--throttle-rate=0.25", "--drop-rate", "1", "--slow-body", "2000",
                "--retry-after=5", "--journal-size", "10", "--today=2024-06-30");

        assertThat(options.action).isEqualTo(Options.Action.SERVE);
        assertThat(options.port).isZero();
        assertThat(options.host).isEqualTo("::1");
        assertThat(options.seed).isEqualTo(-7);
        assertThat(options.latency).isEqualTo("100-300");
        assertThat(options.faultRate).isEqualTo(0.5);
        assertThat(options.throttleRate).isEqualTo(0.25);
        assertThat(options.dropRate).isEqualTo(1);
        assertThat(options.slowBody).isEqualTo(2000);
        assertThat(options.retryAfter).isEqualTo(5);
        assertThat(options.journalSize).isEqualTo(10);
        assertThat(options.today).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void theTimeoutsAreReadInMillisecondsAndDefaultToThirtyAndSixtySeconds() {
        Options options = Options.parse("--request-timeout=2500", "--idle-timeout", "4000");

        assertThat(options.requestTimeout).isEqualTo(2500);
        assertThat(options.idleTimeout).isEqualTo(4000);
        assertThat(Options.parse().requestTimeout).isEqualTo(30_000);
        assertThat(Options.parse().idleTimeout).isEqualTo(60_000);
        assertThat(Options.USAGE).contains("--request-timeout=<ms>", "--idle-timeout=<ms>");
    }

    @Test
    void todayIsTheDateInTheTimeZoneAsJavaTimeGivesIt() {
        for (String zone : List.of("UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata", "Europe/Paris")) {
            for (String instant : List.of("2024-03-10T09:59:59Z", "2024-03-10T10:00:00Z", "2024-10-27T00:30:00Z",
                    "2023-12-31T23:59:59.999Z", "1969-12-31T20:00:00Z")) {
                Instant at = Instant.parse(instant);

                assertThat(Options.today(at.toEpochMilli(), TimeZone.getTimeZone(zone)))
                        .as("%s in %s", instant, zone)
                        .isEqualTo(LocalDate.ofInstant(at, ZoneId.of(zone)));
            }
        }
    }

    @Test
    void defaultsMatchTheUsage() {
        Options options = Options.parse();

        assertThat(options.port).isEqualTo(4010);
        assertThat(options.host).isEqualTo("127.0.0.1");
        assertThat(options.seed).isEqualTo(42);
        assertThat(options.tokens).isEmpty();
        assertThat(options.retryAfter).isEqualTo(1);
        assertThat(options.journalSize).isEqualTo(1000);
    }

    @Test
    void corsAndVerboseAreOffUnlessGiven() {
        assertThat(Options.parse().cors).isFalse();
        assertThat(Options.parse().verbose).isFalse();
        Options both = Options.parse("--cors", "--verbose", "--port", "0");
        assertThat(both.cors).isTrue();
        assertThat(both.verbose).isTrue();
        assertThat(both.port).isZero();
    }

    @Test
    void tokensRepeat() {
        assertThat(Options.parse("--token", "qa", "--token=ci").tokens).containsExactly("qa", "ci");
    }

    @Test
    void helpAndVersionWinOverUnknownArguments() {
        assertThat(Options.parse("--bogus", "--help").action).isEqualTo(Options.Action.HELP);
        assertThat(Options.parse("-h").action).isEqualTo(Options.Action.HELP);
        assertThat(Options.parse("extra", "-V").action).isEqualTo(Options.Action.VERSION);
        assertThat(Options.parse("--version", "--help").action).isEqualTo(Options.Action.HELP);
    }

    @Test
    void eachMistakeIsNamed() {
        assertThatThrownBy(() -> Options.parse("--bogus")).hasMessage("Unknown option: '--bogus'");
        assertThatThrownBy(() -> Options.parse("--port", "0", "extra"))
                .hasMessage("Unmatched argument at index 2: 'extra'");
        assertThatThrownBy(() -> Options.parse("--port")).hasMessage("Missing required parameter for option '--port'");
        assertThatThrownBy(() -> Options.parse("--token", "--port", "1"))
                .hasMessage("Expected parameter for option '--token' but found '--port'");
        assertThatThrownBy(() -> Options.parse("--port=abc")).hasMessage("Invalid value for option '--port': 'abc' is not an int");
        assertThatThrownBy(() -> Options.parse("--slow-body", "1.5"))
                .hasMessage("Invalid value for option '--slow-body': '1.5' is not a long");
        assertThatThrownBy(() -> Options.parse("--fault-rate", "x"))
                .hasMessage("Invalid value for option '--fault-rate': 'x' is not a double");
        assertThatThrownBy(() -> Options.parse("--today", "2024-13-01"))
                .hasMessageStartingWith("Invalid value for option '--today': '2024-13-01' is not a date YYYY-MM-DD");
    }

    @Test
    void aValueThatDoesNotConvertFailsEvenWithHelp() {
        assertThatThrownBy(() -> Options.parse("--port", "x", "--help")).isInstanceOf(Options.UsageException.class);
    }

    @Test
    void theUsageListsEveryOption() {
        assertThat(Options.USAGE).contains("--port", "--host", "--seed", "--token", "--latency", "--fault-rate",
                "--throttle-rate", "--drop-rate", "--slow-body", "--retry-after", "--journal-size", "--today",
                "--help", "--version", "--cors", "--verbose");
    }
}
