package dev.appintel.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Reads parameters out of a raw query, as the fake API does. */
final class Queries {

    private Queries() {
    }

    /** The decoded values of a comma-separated parameter, or an empty list. */
    static List<String> list(String query, String key) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(key + "=")) {
                return Arrays.stream(pair.substring(key.length() + 1).split(","))
                        .map(value -> URLDecoder.decode(value, StandardCharsets.UTF_8)).toList();
            }
        }
        return List.of();
    }

    /** The decoded value of a parameter, or {@code null}. */
    static String value(String query, String key) {
        List<String> values = list(query, key);
        return values.isEmpty() ? null : String.join(",", values);
    }

    static LocalDate date(String query, String key) {
        return LocalDate.parse(value(query, key));
    }
}
