package dev.appintel.generator.probe;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One request of the probe, without its credentials: the transport adds the API key.
 *
 * @param operationId the operation called
 * @param path        the path with its parameters filled in and percent-encoded, e.g. {@code /v1/ios/apps}
 * @param query       the query parameters in the order sent; a comma-joined list is one entry
 */
public record ProbeRequest(String operationId, String path, List<QueryParameter> query) {

    public ProbeRequest {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(path, "path");
        query = List.copyOf(query);
    }

    /** One {@code name=value} of the query, unencoded; {@code listValue} keeps its commas literal. */
    public record QueryParameter(String name, String value, boolean listValue) {
        public QueryParameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        String encoded() {
            String encodedValue = encode(value);
            return encode(name) + "=" + (listValue ? encodedValue.replace("%2C", ",") : encodedValue);
        }
    }

    /** The path and query as sent, followed by {@code extra} (already encoded) when not empty. */
    public String target(String extra) {
        String joined = query.stream().map(QueryParameter::encoded).collect(Collectors.joining("&"));
        if (!extra.isEmpty()) {
            joined = joined.isEmpty() ? extra : joined + "&" + extra;
        }
        return joined.isEmpty() ? path : path + "?" + joined;
    }

    /**
     * Percent-encodes every byte of the UTF-8 form except {@code A-Z a-z 0-9 - . _ ~}, the way the
     * generated client does.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
