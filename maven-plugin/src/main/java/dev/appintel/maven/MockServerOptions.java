package dev.appintel.maven;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mock server's command-line options as the {@code mock} goal's parameters give them, checked
 * before any JVM starts. A message names the parameter by its user property, since that is how
 * the goal is usually configured. An empty optional leaves the server's own default.
 *
 * @param host      the address to listen on
 * @param port      the port; 0 picks a free one
 * @param seed      the seed of the data universe
 * @param tokens    the accepted {@code auth_token}s; empty accepts any non-empty token
 * @param latency   the delay before each answer in ms, {@code 200} or {@code 100-300}
 * @param faultRate the share of requests answered 500
 * @param extraArgs further arguments, passed as they are after the others
 * @param adminToken  the value the admin API requires in {@code X-Admin-Token}; empty requires none
 * @param remoteAdmin whether other machines may call the admin API
 */
record MockServerOptions(String host, int port, OptionalLong seed, List<String> tokens, Optional<String> latency,
        OptionalDouble faultRate, List<String> extraArgs, Optional<String> adminToken, boolean remoteAdmin) {

    /** The options whose next argument is a secret, hidden when the command line is logged. */
    private static final List<String> SECRET_OPTIONS = List.of("--token", "--admin-token");

    private static final Pattern LATENCY = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");

    /** The token of the self-check's request when no token is configured: the server takes any. */
    private static final String ANY_TOKEN = "appintel-self-check";

    MockServerOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("appintel.mock.host must name an address, got '" + host + "'");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("appintel.mock.port must be between 0 and 65535, got " + port);
        }
        tokens = List.copyOf(tokens);
        if (tokens.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("appintel.mock.tokens holds an empty token: " + tokens);
        }
        latency.ifPresent(MockServerOptions::checkLatency);
        if (faultRate.isPresent() && !(faultRate.getAsDouble() >= 0 && faultRate.getAsDouble() <= 1)) {
            throw new IllegalArgumentException(
                    "appintel.mock.faultRate must be between 0 and 1, got " + faultRate.getAsDouble());
        }
        extraArgs = List.copyOf(extraArgs);
        if (adminToken.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("appintel.mock.adminToken must not be empty");
        }
    }

    /** Options with no admin token whose admin API answers this machine only. */
    MockServerOptions(String host, int port, OptionalLong seed, List<String> tokens, Optional<String> latency,
            OptionalDouble faultRate, List<String> extraArgs) {
        this(host, port, seed, tokens, latency, faultRate, extraArgs, Optional.empty(), false);
    }

    private static void checkLatency(String value) {
        Matcher matcher = LATENCY.matcher(value);
        boolean valid = matcher.matches()
                && (matcher.group(2) == null || Long.parseLong(matcher.group(1)) <= Long.parseLong(matcher.group(2)));
        if (!valid) {
            throw new IllegalArgumentException(
                    "appintel.mock.latency must be milliseconds, 200, or a range, 100-300; got '" + value + "'");
        }
    }

    /**
     * Splits the raw {@code appintel.mock.args} value on white space; quotes are not understood.
     *
     * @param raw the value, or {@code null}
     * @return the arguments, none for {@code null} or blank
     */
    static List<String> splitArgs(String raw) {
        return raw == null || raw.isBlank() ? List.of() : List.of(raw.strip().split("\\s+"));
    }

    /** @return these options on another port */
    MockServerOptions withPort(int value) {
        return new MockServerOptions(host, value, seed, tokens, latency, faultRate, extraArgs, adminToken, remoteAdmin);
    }

    /** @return the options as the server's command line takes them, typed ones first */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>(List.of("--host", host, "--port", Integer.toString(port)));
        seed.ifPresent(value -> arguments.addAll(List.of("--seed", Long.toString(value))));
        tokens.forEach(token -> arguments.addAll(List.of("--token", token)));
        latency.ifPresent(value -> arguments.addAll(List.of("--latency", value)));
        faultRate.ifPresent(value -> arguments.addAll(List.of("--fault-rate", Double.toString(value))));
        adminToken.ifPresent(value -> arguments.addAll(List.of("--admin-token", value)));
        if (remoteAdmin) {
            arguments.add("--allow-remote-admin");
        }
        arguments.addAll(extraArgs);
        return arguments;
    }

    /**
     * A command line as the log shows it: the values of {@code --token} and {@code --admin-token}
     * (also written {@code --token=...}) as {@code ***}, since build logs are kept and shared.
     *
     * @param commandLine the command line
     * @return it, secrets hidden
     */
    static List<String> shown(List<String> commandLine) {
        List<String> shown = new ArrayList<>(commandLine.size());
        boolean secretNext = false;
        for (String argument : commandLine) {
            int equals = argument.indexOf('=');
            if (secretNext) {
                shown.add("***");
            } else if (equals > 0 && SECRET_OPTIONS.contains(argument.substring(0, equals))) {
                shown.add(argument.substring(0, equals) + "=***");
            } else {
                shown.add(argument);
            }
            secretNext = !secretNext && SECRET_OPTIONS.contains(argument);
        }
        return shown;
    }

    /**
     * Where a client on this machine reaches the server: a wildcard address is called on
     * loopback, an IPv6 literal in brackets.
     *
     * @return the base URL, without a trailing slash
     */
    URI localBaseUrl() {
        String address = switch (host) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]" -> "[::1]";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return URI.create("http://" + address + ":" + port);
    }

    /** @return a token the server accepts: the first configured one, or any when none is */
    String acceptedToken() {
        return tokens.isEmpty() ? ANY_TOKEN : tokens.get(0);
    }
}
