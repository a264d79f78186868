package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code x-appintel-*} extensions: which exist and where each belongs. A misspelt or
 * misplaced one would silently do nothing, so both are reported.
 */
final class Extensions {

    static final String BATCHING = "x-appintel-batching";
    static final String DATE_SEGMENTATION = "x-appintel-date-segmentation";
    static final String PAGINATION = "x-appintel-pagination";
    static final String DATE_RANGE = "x-appintel-date-range";
    static final String REQUIRES_ONE_OF = "x-appintel-requires-one-of";
    static final String EXPLODED_ALIAS = "x-appintel-exploded-alias";
    static final String EARLIEST_DATE = "x-appintel-earliest-date";
    static final String DATE_ALIGNMENT = "x-appintel-date-alignment";
    static final String UNIT = "x-appintel-unit";
    static final String PROVISIONAL = "x-provisional";

    private static final String PREFIX = "x-appintel-";
    private static final Set<String> UNITS = Set.of("cents", "seconds", "ratio");

    /** Where an extension may be written. */
    enum Site {
        OPERATION("an operation"), PARAMETER("a parameter"), SCHEMA("a schema"), ELSEWHERE("here");

        private final String description;

        Site(String description) {
            this.description = description;
        }
    }

    private static final Map<String, Site> KNOWN = known();

    private final SpecProblems problems;

    Extensions(SpecProblems problems) {
        this.problems = problems;
    }

    /** Reports every unknown or misplaced {@code x-appintel-*} extension of the node at {@code pointer}. */
    void check(Map<String, Object> extensions, Site site, String pointer) {
        if (extensions == null) {
            return;
        }
        for (Map.Entry<String, Object> extension : extensions.entrySet()) {
            String name = extension.getKey();
            String at = JsonPointers.child(pointer, name);
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            Site home = KNOWN.get(name);
            if (home == null) {
                problems.report(at, "unknown extension " + name + "; " + knownOn(site));
            } else if (home != site) {
                problems.report(at, name + " belongs on " + home.description + ", not " + site.description);
            } else if (name.equals(UNIT) && !UNITS.contains(String.valueOf(extension.getValue()))) {
                problems.report(at, UNIT + " is '" + extension.getValue() + "'; known units: cents, ratio, seconds");
            }
        }
    }

    /** A string-valued extension, reported when it is there but not a string. */
    Optional<String> string(Map<String, Object> extensions, String name, String pointer) {
        Object value = extensions == null ? null : extensions.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            problems.report(JsonPointers.child(pointer, name), name + " must be a string, got " + value);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String knownOn(Site site) {
        String names = KNOWN.entrySet().stream().filter(entry -> entry.getValue() == site).map(Map.Entry::getKey)
                .sorted().collect(Collectors.joining(", "));
        return names.isEmpty() ? "x-appintel-* extensions are read on operations, parameters and schemas only"
                : "known on " + site.description + ": " + names;
    }

    private static Map<String, Site> known() {
        Map<String, Site> known = new LinkedHashMap<>();
        for (String name : new String[] {BATCHING, DATE_SEGMENTATION, PAGINATION, DATE_RANGE, REQUIRES_ONE_OF}) {
            known.put(name, Site.OPERATION);
        }
        for (String name : new String[] {EXPLODED_ALIAS, EARLIEST_DATE, DATE_ALIGNMENT}) {
            known.put(name, Site.PARAMETER);
        }
        known.put(UNIT, Site.SCHEMA);
        return Map.copyOf(known);
    }
}
