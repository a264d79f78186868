package dev.appintel.runtime;

import dev.appintel.runtime.PercentCoding.Component;
import dev.appintel.runtime.PercentCoding.MalformedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A query string: how a client writes one and how a server reads one. Each value is kept as sent
 * beside its decoded form, because a comma-joined list must be split at the commas that were sent
 * raw: {@code app_ids=com.a.b%2Cc,com.d.e} holds two items, {@code com.a.b,c} and
 * {@code com.d.e}, which splitting after decoding would make three.
 */
public final class QueryString {

    /** A query the server refuses, with a message that names the part at fault. */
    public static final class MalformedQueryException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedQueryException(String message) {
            super(message, null, false, false);
        }
    }

    private static final QueryString EMPTY = new QueryString(Map.of(), Map.of());

    private final Map<String, List<String>> sent;
    private final Map<String, List<String>> decoded;

    private QueryString(Map<String, List<String>> sent, Map<String, List<String>> decoded) {
        this.sent = sent;
        this.decoded = decoded;
    }

    /**
     * Reads a raw query (without the {@code ?}), whose chars are the bytes received. Empty names
     * are skipped; every name and value must decode ({@link PercentCoding#decode}).
     *
     * @param raw           the query as received
     * @param maxParameters the most {@code name=value} pairs it may hold
     * @return the query
     * @throws MalformedQueryException naming the parameter whose name or value is malformed, or
     *                                 saying that there are too many
     */
    public static QueryString parse(String raw, int maxParameters) throws MalformedQueryException {
        if (raw.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> sent = new LinkedHashMap<>();
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        int count = 0;
        int start = 0;
        while (start < raw.length()) {
            int end = raw.indexOf('&', start);
            end = end < 0 ? raw.length() : end;
            if (end > start) {
                if (++count > maxParameters) {
                    throw new MalformedQueryException("Invalid query: more than " + maxParameters + " parameters");
                }
                int equals = raw.indexOf('=', start);
                int nameEnd = equals < 0 || equals > end ? end : equals;
                String name;
                try {
                    name = PercentCoding.decode(raw, start, nameEnd, Component.QUERY);
                } catch (MalformedException e) {
                    throw new MalformedQueryException("Invalid query parameter name "
                            + PercentCoding.shown(raw.substring(start, nameEnd)) + ": " + e.getMessage());
                }
                String value;
                try {
                    value = nameEnd == end ? "" : PercentCoding.decode(raw, nameEnd + 1, end, Component.QUERY);
                } catch (MalformedException e) {
                    throw new MalformedQueryException("Invalid query parameter " + PercentCoding.shown(name) + ": "
                            + e.getMessage());
                }
                if (!name.isEmpty()) {
                    sent.computeIfAbsent(name, key -> new ArrayList<>(1)).add(nameEnd == end ? "" : raw.substring(nameEnd + 1, end));
                    decoded.computeIfAbsent(name, key -> new ArrayList<>(1)).add(value);
                }
            }
            start = end + 1;
        }
        return new QueryString(readOnly(sent), readOnly(decoded));
    }

    /**
     * A query made of decoded values, as a client means them: each value is encoded as
     * {@link #encode} does, so a comma inside a value stays inside it.
     *
     * @param values the parameters, each with its decoded values in order
     * @return the query
     */
    public static QueryString of(Map<String, List<String>> values) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            sent.put(name, list.stream().map(PercentCoding::encode).toList());
            decoded.put(name, List.copyOf(list));
        });
        return new QueryString(Collections.unmodifiableMap(sent), Collections.unmodifiableMap(decoded));
    }

    /**
     * Every parameter with its decoded values, in the order first sent.
     *
     * @return an unmodifiable map
     */
    public Map<String, List<String>> values() {
        return decoded;
    }

    /**
     * The decoded values of one parameter.
     *
     * @param name the parameter's name
     * @return its values in order; empty when it was not sent
     */
    public List<String> values(String name) {
        return decoded.getOrDefault(name, List.of());
    }

    /**
     * The items of a comma-joined list parameter: its first value split at the commas sent raw,
     * each item decoded. An encoded comma ({@code %2C}) stays inside its item; empty items are
     * kept so that a checker can refuse them.
     *
     * @param name the parameter's name
     * @return the items; empty when the parameter was not sent or is empty
     */
    public List<String> items(String name) {
        List<String> values = sent.get(name);
        if (values == null || values.get(0).isEmpty()) {
            return List.of();
        }
        String raw = values.get(0);
        List<String> items = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = raw.indexOf(',', start);
            int end = comma < 0 ? raw.length() : comma;
            try {
                items.add(PercentCoding.decode(raw, start, end, Component.QUERY));
            } catch (MalformedException e) {
                // parse decoded the whole value, and a raw comma cannot sit inside an escape
                throw new IllegalStateException(e);
            }
            if (comma < 0) {
                return items;
            }
            start = comma + 1;
        }
    }

    /**
     * Encodes one value for a query ({@link PercentCoding#encode}): {@code ,} becomes {@code %2C}.
     *
     * @param value a decoded value
     * @return the encoded value
     */
    public static String encode(String value) {
        return PercentCoding.encode(value);
    }

    /**
     * The wire form of a comma-joined list: each item encoded, so its own commas become
     * {@code %2C}, then joined with raw commas.
     *
     * @param items the decoded items
     * @return the value to send, already encoded
     */
    public static String joinItems(List<String> items) {
        StringJoiner joined = new StringJoiner(",");
        for (String item : items) {
            joined.add(PercentCoding.encode(item));
        }
        return joined.toString();
    }

    /**
     * The query as sent on the wire: {@code name=value} pairs joined with {@code &}, in order.
     *
     * @return the raw query, without {@code ?}
     */
    @Override
    public String toString() {
        StringJoiner query = new StringJoiner("&");
        sent.forEach((name, values) -> values.forEach(value -> query.add(PercentCoding.encode(name) + "=" + value)));
        return query.toString();
    }

    /** The map and its lists made read-only in place: parse runs for every request the mock serves. */
    private static Map<String, List<String>> readOnly(Map<String, List<String>> map) {
        map.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(map);
    }
}
