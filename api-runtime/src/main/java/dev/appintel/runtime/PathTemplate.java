package dev.appintel.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path template such as {@code /v1/{os}/apps}: literal segments and {@code {name}} segments
 * that match any one non-empty segment.
 */
public final class PathTemplate {

    private final String template;
    private final List<String> segments;

    private PathTemplate(String template) {
        this.template = template;
        this.segments = segments(template);
    }

    /**
     * The template for {@code template}.
     *
     * @param template a path starting with {@code /}
     * @return the template
     */
    public static PathTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with /: '" + template + "'");
        }
        return new PathTemplate(template);
    }

    /**
     * Matches a request path (already percent-decoded).
     *
     * @param path the request path
     * @return the values of the template's variables by name, or empty when the path does not match
     */
    public Optional<Map<String, String>> match(String path) {
        return match(segments(path));
    }

    /**
     * Matches a request path already cut by {@link #segments}, so that a router trying every
     * template cuts each request path once.
     *
     * @param actual the segments of the request path
     * @return the values of the template's variables by name, or empty when the path does not match
     */
    public Optional<Map<String, String>> match(List<String> actual) {
        if (!matches(actual)) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (isVariable(expected)) {
                values.put(expected.substring(1, expected.length() - 1), actual.get(i));
            }
        }
        return Optional.of(values);
    }

    /**
     * The segments of a path: what lies between its slashes, without a trailing slash.
     *
     * @param path a path starting with {@code /}
     * @return its segments
     */
    public static List<String> segments(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return Arrays.asList(trimmed.substring(1).split("/", -1));
    }

    /**
     * How many segments are literal: a route with more literal segments is tried first.
     *
     * @return the number of literal segments
     */
    public int literalSegments() {
        return (int) segments.stream().filter(segment -> !isVariable(segment)).count();
    }

    @Override
    public String toString() {
        return template;
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** A variable matches any non-empty segment, a literal only itself; nothing is allocated. */
    private boolean matches(List<String> actual) {
        if (actual.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (isVariable(expected) ? actual.get(i).isEmpty() : !expected.equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }
}
