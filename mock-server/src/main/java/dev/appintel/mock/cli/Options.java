package dev.appintel.mock.cli;

import dev.appintel.mock.MockServerConfig;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

/**
 * The command line's options, read by hand: a start of the server is measured in tenths of a
 * second, and a reflective parser cost about a tenth of one. Options take their value as
 * {@code --port 4010} or {@code --port=4010}; {@code --token} may be repeated. Values are only
 * converted here; {@link MockServerConfig} and the fault settings check their ranges.
 */
final class Options {

    /** What the command line asks for. */
    enum Action { SERVE, HELP, VERSION }

    /** What {@code --help} prints, and what follows a usage error. */
    static final String USAGE = """
            Usage: appintel-mock-server [-h] [-V] [--allow-remote-admin]
                                        [--admin-token=<token>] [--drop-rate=<0..1>]
                                        [--fault-rate=<0..1>] [--host=<host>] [--journal-size=<n>]
                                        [--latency=<ms>] [--port=<port>]
                                        [--retry-after=<s>] [--seed=<n>] [--slow-body=<ms>]
                                        [--throttle-rate=<0..1>] [--today=<date>]
                                        [--token=<token>]... [--request-timeout=<ms>]
                                        [--idle-timeout=<ms>] [--max-body-size=<bytes>]
                                        [--cors] [--verbose] [--realism=<mode>]
                                        [--realism-delay=<ms>]
            Serves the App Intelligence API from its spec: every request checked as the
            spec says, every answer made up from one consistent, deterministic data
            universe.
                  --port=<port>         Port to listen on; 0 picks a free one (default:
                                          4010).
                  --host=<host>         Address to listen on (default: 127.0.0.1, loopback
                                          only).
                  --seed=<n>            Seed of the data universe (default: 42).
                  --token=<token>       An accepted auth_token; repeat for more. Default:
                                          any non-empty token.
                  --latency=<ms>        Delay before each answer: 200, or 100-300 for a
                                          random one.
                  --fault-rate=<0..1>   Share of requests answered 500.
                  --throttle-rate=<0..1>
                                        Share of requests answered 429 with Retry-After.
                  --drop-rate=<0..1>    Share of requests whose connection is closed
                                          unanswered.
                  --slow-body=<ms>      Time each body takes to arrive, sent in pieces.
                  --retry-after=<s>     Retry-After of a 429 (default: 1).
                  --journal-size=<n>    Requests kept by the journal (default: 1000).
                  --today=<date>        The date 'today' stands for, YYYY-MM-DD (default:
                                          today).
                  --admin-token=<token> Require this value in the X-Admin-Token header of
                                          admin requests (/__admin/health excepted).
                  --allow-remote-admin  Let other machines call the admin API (default:
                                          this machine only, whatever --host is).
                  --request-timeout=<ms>
                                        Time a request's head may take to arrive; the
                                          connection is then closed (default: 30000).
                  --idle-timeout=<ms>   Time a connection may wait for its next request
                                          before it is closed (default: 60000).
                  --max-body-size=<bytes>
                                        Largest answer body; larger ones are refused with
                                          422 (default: 8388608, 8 MiB).
                  --cors                Answer CORS preflights and let any origin read the
                                          API's answers (the admin API's never).
                  --verbose             Print a line per API request: method, URI (token
                                          hidden), status, milliseconds.
                  --realism=<mode>      lenient (default): answer any valid request;
                                          strict: fail as the API's documentation says
                                          the real service does (a date range past its
                                          granularity's recommended span: 500; more
                                          ids than one call takes: 422);
                                          strict-timeout: the same, the 500 after
                                          --realism-delay.
                  --realism-delay=<ms>  Wait of strict-timeout before its 500 (default:
                                          65000).
              -h, --help                Show this help message and exit.
              -V, --version             Print version information and exit.
            """;

    /** The options that take a value. */
    private static final Set<String> VALUED = Set.of("--port", "--host", "--seed", "--token", "--latency",
            "--fault-rate", "--throttle-rate", "--drop-rate", "--slow-body", "--retry-after", "--journal-size", "--today",
            "--admin-token", "--request-timeout", "--idle-timeout",
            "--max-body-size", "--realism", "--realism-delay");

    Action action = Action.SERVE;
    int port = MockServerConfig.DEFAULT_PORT;
    String host = "127.0.0.1";
    long seed = MockServerConfig.DEFAULT_SEED;
    final List<String> tokens = new ArrayList<>();
    String latency = "0";
    double faultRate;
    double throttleRate;
    double dropRate;
    long slowBody;
    long retryAfter = 1;
    int journalSize = MockServerConfig.DEFAULT_JOURNAL_SIZE;
    LocalDate today = today(System.currentTimeMillis(), TimeZone.getDefault());
    String adminToken;
    boolean remoteAdmin;
    boolean cors;
    boolean verbose;
    long requestTimeout = MockServerConfig.Bounds.DEFAULT_REQUEST_TIMEOUT_MILLIS;
    long idleTimeout = MockServerConfig.Bounds.DEFAULT_IDLE_TIMEOUT_MILLIS;
    long maxBodySize = MockServerConfig.Bounds.DEFAULT_MAX_BODY_BYTES;
    MockServerConfig.Realism.Mode realism = MockServerConfig.Realism.Mode.LENIENT;
    long realismDelay = MockServerConfig.Realism.DEFAULT_DELAY_MILLIS;

    private Options() {
    }

    /**
     * Reads the arguments in order. A value that does not convert fails at once; an unknown
     * argument fails only when neither {@code --help} nor {@code --version} is given.
     *
     * @param args the arguments
     * @return the options
     * @throws UsageException naming the first argument at fault
     */
    static Options parse(String... args) {
        Options options = new Options();
        String unknown = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            if (VALUED.contains(name)) {
                String value;
                if (equals > 0 && name.length() < arg.length()) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length && !isOption(args[i + 1])) {
                    value = args[++i];
                } else {
                    throw new UsageException(i + 1 < args.length
                            ? "Expected parameter for option '" + name + "' but found '" + args[i + 1] + "'"
                            : "Missing required parameter for option '" + name + "'");
                }
                options.set(name, value);
            } else if (arg.equals("--allow-remote-admin")) {
                options.remoteAdmin = true;
            } else if (arg.equals("--cors")) {
                options.cors = true;
            } else if (arg.equals("--verbose")) {
                options.verbose = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                options.action = Action.HELP;
            } else if (arg.equals("-V") || arg.equals("--version")) {
                options.action = options.action == Action.HELP ? Action.HELP : Action.VERSION;
            } else if (unknown == null) {
                unknown = arg.startsWith("-") ? "Unknown option: '" + arg + "'"
                        : "Unmatched argument at index " + i + ": '" + arg + "'";
            }
        }
        if (unknown != null && options.action == Action.SERVE) {
            throw new UsageException(unknown);
        }
        return options;
    }

    /**
     * The date at an instant in a time zone, as {@code LocalDate.now()} gives it. It asks {@link
     * TimeZone} for the offset because java.time's zone rules, which {@code LocalDate.now()} loads,
     * took about 20 ms of start-up, and nothing else of the server needs them.
     */
    static LocalDate today(long epochMillis, TimeZone zone) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMillis + zone.getOffset(epochMillis), 86_400_000L));
    }

    private static boolean isOption(String arg) {
        String name = arg.startsWith("--") && arg.indexOf('=') > 0 ? arg.substring(0, arg.indexOf('=')) : arg;
        return VALUED.contains(name) || List.of("-h", "--help", "-V", "--version", "--allow-remote-admin", "--cors", "--verbose")
                .contains(name);
    }

    /** Sets an option that takes a value: a switch, as each lambda of a table would cost start-up time. */
    private void set(String option, String value) {
        switch (option) {
            case "--port" -> port = toInt(option, value);
            case "--host" -> host = value;
            case "--seed" -> seed = toLong(option, value);
            case "--token" -> tokens.add(value);
            case "--latency" -> latency = value;
            case "--fault-rate" -> faultRate = toDouble(option, value);
            case "--throttle-rate" -> throttleRate = toDouble(option, value);
            case "--drop-rate" -> dropRate = toDouble(option, value);
            case "--slow-body" -> slowBody = toLong(option, value);
            case "--retry-after" -> retryAfter = toLong(option, value);
            case "--journal-size" -> journalSize = toInt(option, value);
            case "--today" -> today = toDate(option, value);
            case "--admin-token" -> adminToken = value;
            case "--request-timeout" -> requestTimeout = toLong(option, value);
            case "--idle-timeout" -> idleTimeout = toLong(option, value);
            case "--max-body-size" -> maxBodySize = toLong(option, value);
            case "--realism" -> realism = toRealism(option, value);
            case "--realism-delay" -> realismDelay = toLong(option, value);
            default -> throw new IllegalArgumentException("not an option with a value: " + option);
        }
    }

    private static MockServerConfig.Realism.Mode toRealism(String option, String value) {
        return switch (value) {
            case "lenient" -> MockServerConfig.Realism.Mode.LENIENT;
            case "strict" -> MockServerConfig.Realism.Mode.STRICT;
            case "strict-timeout" -> MockServerConfig.Realism.Mode.STRICT_TIMEOUT;
            default -> throw invalid(option, value, "is not lenient, strict or strict-timeout");
        };
    }

    private static int toInt(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(option, value, "is not an int");
        }
    }

    private static long toLong(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(option, value, "is not a long");
        }
    }

    private static double toDouble(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw invalid(option, value, "is not a double");
        }
    }

    private static LocalDate toDate(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(option, value, "is not a date YYYY-MM-DD (" + e.getMessage() + ")");
        }
    }

    private static UsageException invalid(String option, String value, String problem) {
        return new UsageException("Invalid value for option '" + option + "': '" + value + "' " + problem);
    }

    /** Arguments that do not make a command: the message names the first one at fault. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
