package dev.appintel.mock.cli;

import dev.appintel.mock.MockServerConfig;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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
            Usage: appintel-mock-server [-h] [-V] [--drop-rate=<0..1>] [--fault-rate=<0..1>]
                                        [--host=<host>] [--journal-size=<n>]
                                        [--latency=<ms>] [--port=<port>]
                                        [--retry-after=<s>] [--seed=<n>] [--slow-body=<ms>]
                                        [--throttle-rate=<0..1>] [--today=<date>]
                                        [--token=<token>]...
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
              -h, --help                Show this help message and exit.
              -V, --version             Print version information and exit.
            """;

    /** Each option that takes a value, with what it sets. */
    private static final Map<String, BiConsumer<Options, String>> VALUED = Map.ofEntries(
            Map.entry("--port", (options, value) -> options.port = toInt("--port", value)),
            Map.entry("--host", (options, value) -> options.host = value),
            Map.entry("--seed", (options, value) -> options.seed = toLong("--seed", value)),
            Map.entry("--token", (options, value) -> options.tokens.add(value)),
            Map.entry("--latency", (options, value) -> options.latency = value),
            Map.entry("--fault-rate", (options, value) -> options.faultRate = toDouble("--fault-rate", value)),
            Map.entry("--throttle-rate", (options, value) -> options.throttleRate = toDouble("--throttle-rate", value)),
            Map.entry("--drop-rate", (options, value) -> options.dropRate = toDouble("--drop-rate", value)),
            Map.entry("--slow-body", (options, value) -> options.slowBody = toLong("--slow-body", value)),
            Map.entry("--retry-after", (options, value) -> options.retryAfter = toLong("--retry-after", value)),
            Map.entry("--journal-size", (options, value) -> options.journalSize = toInt("--journal-size", value)),
            Map.entry("--today", (options, value) -> options.today = toDate("--today", value)));

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
    LocalDate today = LocalDate.now();

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
            BiConsumer<Options, String> setter = VALUED.get(name);
            if (setter != null) {
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
                setter.accept(options, value);
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

    private static boolean isOption(String arg) {
        String name = arg.startsWith("--") && arg.indexOf('=') > 0 ? arg.substring(0, arg.indexOf('=')) : arg;
        return VALUED.containsKey(name) || List.of("-h", "--help", "-V", "--version").contains(name);
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
