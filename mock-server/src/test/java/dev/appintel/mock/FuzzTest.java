package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small, seeded fuzz of whole requests: valid requests of every operation, mutated in the target
 * by byte flips, inserted {@code %}, NUL and non-UTF-8 bytes, truncations, duplicated or emptied
 * parameters, empty list items, matrix parameters and long values, and in the head by spaces, tabs,
 * CRs and LFs anywhere, flipped bytes and cut lines. Every answer must be below 500 (505 for a
 * version the mock does not speak aside), and every answer but a 200 a JSON error; the server must
 * still answer a valid request as before.
 */
class FuzzTest {

    private static final long SEED = 20_261_206L;
    private static final int REQUESTS = 2_000;
    private static final long MAX_MILLIS = 30_000;
    private static final String TOKEN = "fuzz-token";

    private static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void mutatedRequestsGetJsonErrorsAndNeverA5xx() {
        List<String> seeds = validTargets();
        String valid = seeds.get(0);
        RawHttp.Response before = RawHttp.get(server.port(), valid);
        assertThat(before.status()).as(valid).isEqualTo(200);

        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        int sent = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        while (sent < REQUESTS && (System.nanoTime() - started) / 1_000_000 < MAX_MILLIS) {
            byte[] target = mutated(RawHttp.bytes(seeds.get(random.nextInt(seeds.size()))), random);
            byte[] request = random.nextInt(4) == 0 ? mutatedHead(head(target), random) : head(target);
            RawHttp.Response response = RawHttp.exchange(server.port(), request);
            sent++;
            statuses.merge(response.status(), 1, Integer::sum);
            problem(response).ifPresent(problem -> failures.add(problem + " for " + shown(request) + " (seed " + SEED + ")"));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("fuzz: %d mutated requests in %d ms, by status %s%n", sent, millis, statuses);

        assertThat(failures).as("%d requests in %d ms", sent, millis).isEmpty();
        assertThat(sent).as("requests sent within %d ms", MAX_MILLIS).isEqualTo(REQUESTS);
        RawHttp.Response after = RawHttp.get(server.port(), valid);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before.body());
    }

    /** What is wrong with an answer to a mutated request, if anything. */
    private static Optional<String> problem(RawHttp.Response response) {
        if (response.interim() > 0 || response.status() < 200) {
            return Optional.of("no final answer (" + response.status() + ")");
        }
        if (response.status() >= 500 && response.status() != 505) {
            return Optional.of(response.status() + " " + response.body());
        }
        if (!"application/json".equals(response.header("Content-Type"))) {
            return Optional.of(response.status() + " with Content-Type " + response.header("Content-Type"));
        }
        if (response.status() == 200) {
            return Optional.empty();
        }
        try {
            JsonNode body = Bodies.read(response.body());
            boolean named = !body.path("error").asText().isEmpty() || !body.at("/errors/0/title").asText().isEmpty();
            return named ? Optional.empty() : Optional.of(response.status() + " without an error: " + response.body());
        } catch (RuntimeException e) {
            return Optional.of(response.status() + " with a body that is not JSON: " + response.body());
        }
    }

    /** A valid request target of every operation and platform, from the spec. */
    private static List<String> validTargets() {
        List<String> targets = new ArrayList<>();
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            for (String os : operation.osValues().isEmpty() ? List.of("") : operation.osValues()) {
                targets.add(ValidRequests.uri(operation, os, ValidRequests.query(operation, os), TOKEN));
            }
        }
        return targets;
    }

    /** The target with one to three mutations. */
    static byte[] mutated(byte[] target, Random random) {
        byte[] mutated = target;
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutated = mutateOnce(mutated, random);
        }
        return mutated.length == 0 ? new byte[] {'/'} : mutated;
    }

    private static byte[] mutateOnce(byte[] target, Random random) {
        int at = random.nextInt(target.length + 1);
        return switch (random.nextInt(10)) {
            case 0 -> flip(target, random);
            case 1 -> insert(target, at, "%");
            case 2 -> insert(target, at, "\u0000");
            case 3 -> insert(target, at, random.nextBoolean() ? "\u00ff" : "%C3%28");
            case 4 -> Arrays.copyOf(target, Math.max(1, at));
            case 5 -> insert(target, target.length, "&" + parameter(target, random));
            case 6 -> insert(target, target.length, "&" + name(parameter(target, random)) + "=");
            case 7 -> insert(target, at, random.nextBoolean() ? "," : ";x=1");
            case 8 -> insert(target, target.length, "&app_ids=" + "9".repeat(random.nextInt(random.nextInt(8) == 0 ? 70_000 : 300)));
            default -> insert(target, at, random.nextBoolean() ? "+" : "%00");
        };
    }

    /** The request a client would send for a target. */
    private static byte[] head(byte[] target) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(RawHttp.bytes("GET "));
        request.writeBytes(target);
        request.writeBytes(RawHttp.bytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nConnection: close\r\n\r\n"));
        return request.toByteArray();
    }

    /**
     * The request with one mutation of its head: a space, tab, CR, LF or any byte inserted or
     * written anywhere before its last header, {@code Connection: close}, which must stay so that
     * the answer ends with the connection.
     */
    static byte[] mutatedHead(byte[] request, Random random) {
        int at = random.nextInt(new String(request, ISO_8859_1).lastIndexOf("Connection: close"));
        String inserted = switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\t";
            case 2 -> "\r";
            case 3 -> "\n";
            case 4 -> "\r\n";
            default -> String.valueOf((char) random.nextInt(256));
        };
        if (random.nextBoolean()) {
            return insert(request, at, inserted);
        }
        byte[] written = request.clone();
        written[at] = (byte) inserted.charAt(0);
        return written;
    }

    /** One byte replaced by any other, except those that end the target (space, tab, CR, LF). */
    private static byte[] flip(byte[] target, Random random) {
        byte[] flipped = target.clone();
        int value;
        do {
            value = random.nextInt(256);
        } while (value == ' ' || value == '\t' || value == '\r' || value == '\n');
        flipped[random.nextInt(flipped.length)] = (byte) value;
        return flipped;
    }

    private static byte[] insert(byte[] target, int at, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(target.length + text.length());
        out.write(target, 0, at);
        out.writeBytes(RawHttp.bytes(text));
        out.write(target, at, target.length - at);
        return out.toByteArray();
    }

    /** One of the target's query parameters ({@code name=value}), or {@code auth_token=x}. */
    private static String parameter(byte[] target, Random random) {
        String text = new String(target, ISO_8859_1);
        int query = text.indexOf('?');
        String[] parameters = query < 0 ? new String[0] : text.substring(query + 1).split("&");
        return parameters.length == 0 ? "auth_token=x" : parameters[random.nextInt(parameters.length)];
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }

    /** A request as a failure message shows it: non-printable bytes as {@code %XX}, cut after 300 chars. */
    private static String shown(byte[] target) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < target.length && text.length() < 300; i++) {
            int b = target[i] & 0xff;
            text.append(b > 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("%%%02X", b));
        }
        return text.toString();
    }
}
