package dev.appintel.mock.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a test run has exercised of the API, per operation of the spec: how often it was called,
 * which statuses it answered, which of its parameters were sent and, for a parameter with an enum,
 * which of its values. Counting is a few uncontended adders per request. Values outside an enum
 * are counted together as {@value #OTHER}, so a fuzzer cannot make the counts grow without bound.
 */
public final class Coverage {

    /** The name under which values outside a parameter's enum are counted. */
    public static final String OTHER = "(other)";

    /**
     * An operation as coverage names it.
     *
     * @param operationId the spec's operationId
     * @param method      the HTTP method
     * @param path        the path template
     * @param parameters  its parameters' names, in spec order, each with its enum values (empty when it has none)
     */
    public record Operation(String operationId, String method, String path, Map<String, List<String>> parameters) {

        public Operation {
            Objects.requireNonNull(operationId, "operationId");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    /**
     * One operation's counts.
     *
     * @param operation  the operation
     * @param calls      requests routed to it
     * @param statuses   requests by status answered (0 for a dropped connection)
     * @param parameters requests that sent each parameter, every parameter listed
     * @param values     for each enum parameter, requests (or list items) by value, every value listed
     */
    public record OperationCoverage(Operation operation, long calls, SortedMap<Integer, Long> statuses,
            Map<String, Long> parameters, Map<String, Map<String, Long>> values) {

        /** @return whether a request to it was answered with a 2xx */
        public boolean covered() {
            return statuses.keySet().stream().anyMatch(status -> status >= 200 && status < 300);
        }
    }

    /**
     * The coverage at one moment.
     *
     * @param operations every operation of the spec, in spec order
     */
    public record Report(List<OperationCoverage> operations) {

        public Report {
            operations = List.copyOf(operations);
        }

        /** @return how many operations were answered with a 2xx at least once */
        public int covered() {
            return (int) operations.stream().filter(OperationCoverage::covered).count();
        }

        /** @return how many operations the spec has */
        public int total() {
            return operations.size();
        }

        /** @return the report as a Markdown table, for a CI job's summary */
        public String markdown() {
            StringBuilder text = new StringBuilder("### API coverage: " + covered() + " of " + total()
                    + " operations answered 2xx\n\n| operation | calls | statuses | parameters not sent | enum values not sent |\n"
                    + "|---|---|---|---|---|\n");
            for (OperationCoverage operation : operations) {
                text.append("| ").append(operation.covered() ? "" : "**not covered** ")
                        .append('`').append(operation.operation().operationId()).append("` | ")
                        .append(operation.calls()).append(" | ").append(statuses(operation)).append(" | ")
                        .append(unused(operation.parameters())).append(" | ").append(unusedValues(operation)).append(" |\n");
            }
            return text.toString();
        }

        private static String statuses(OperationCoverage operation) {
            List<String> parts = new ArrayList<>();
            operation.statuses().forEach((status, count) -> parts.add(status + " x" + count));
            return parts.isEmpty() ? "-" : String.join(", ", parts);
        }

        private static String unused(Map<String, Long> counts) {
            List<String> names = new ArrayList<>();
            counts.forEach((name, count) -> {
                if (count == 0) {
                    names.add(name);
                }
            });
            return names.isEmpty() ? "-" : String.join(", ", names);
        }

        private static String unusedValues(OperationCoverage operation) {
            List<String> parts = new ArrayList<>();
            operation.values().forEach((parameter, counts) -> {
                Map<String, Long> declared = new LinkedHashMap<>(counts);
                declared.remove(OTHER);
                String unused = unused(declared);
                if (!unused.equals("-")) {
                    parts.add(parameter + ": " + unused);
                }
            });
            return parts.isEmpty() ? "-" : String.join("; ", parts);
        }
    }

    /** The live counts of one operation. */
    private static final class Counts {

        final Operation operation;
        final LongAdder calls = new LongAdder();
        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final Map<String, LongAdder> parameters = new LinkedHashMap<>();
        final Map<String, Map<String, LongAdder>> values = new LinkedHashMap<>();

        Counts(Operation operation) {
            this.operation = operation;
            operation.parameters().forEach((name, allowed) -> {
                parameters.put(name, new LongAdder());
                if (!allowed.isEmpty()) {
                    Map<String, LongAdder> byValue = new LinkedHashMap<>();
                    allowed.forEach(value -> byValue.put(value, new LongAdder()));
                    byValue.put(OTHER, new LongAdder());
                    values.put(name, byValue);
                }
            });
        }

        void reset() {
            calls.reset();
            statuses.clear();
            parameters.values().forEach(LongAdder::reset);
            values.values().forEach(byValue -> byValue.values().forEach(LongAdder::reset));
        }

        OperationCoverage snapshot() {
            SortedMap<Integer, Long> statusCounts = new TreeMap<>();
            statuses.forEach((status, count) -> statusCounts.put(status, count.sum()));
            Map<String, Long> parameterCounts = new LinkedHashMap<>();
            parameters.forEach((name, count) -> parameterCounts.put(name, count.sum()));
            Map<String, Map<String, Long>> valueCounts = new LinkedHashMap<>();
            values.forEach((name, byValue) -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                byValue.forEach((value, count) -> counts.put(value, count.sum()));
                valueCounts.put(name, counts);
            });
            return new OperationCoverage(operation, calls.sum(), statusCounts, parameterCounts, valueCounts);
        }
    }

    private final Map<String, Counts> byOperation = new LinkedHashMap<>();

    /**
     * Coverage of these operations, all at zero.
     *
     * @param operations every operation of the spec, in spec order
     */
    public Coverage(List<Operation> operations) {
        for (Operation operation : operations) {
            byOperation.put(operation.operationId(), new Counts(operation));
        }
    }

    /**
     * Counts one answered request.
     *
     * @param operationId the operation it was routed to
     * @param status      the status answered, 0 for a dropped connection
     * @param sent        the parameters it sent (query and path), decoded; a comma-joined list as one value
     */
    public void record(String operationId, int status, Map<String, List<String>> sent) {
        Counts counts = byOperation.get(operationId);
        if (counts == null) {
            return;
        }
        counts.calls.increment();
        counts.statuses.computeIfAbsent(status, key -> new LongAdder()).increment();
        counts.parameters.forEach((name, count) -> {
            List<String> values = sent.get(name);
            if (values == null || values.stream().allMatch(String::isEmpty)) {
                return;
            }
            count.increment();
            Map<String, LongAdder> byValue = counts.values.get(name);
            if (byValue != null) {
                for (String value : values) {
                    if (value.indexOf(',') < 0) {
                        byValue.getOrDefault(value, byValue.get(OTHER)).increment();
                        continue;
                    }
                    for (String item : value.split(",", -1)) {
                        byValue.getOrDefault(item, byValue.get(OTHER)).increment();
                    }
                }
            }
        });
    }

    /**
     * @param operationId an operationId
     * @return whether the spec has that operation
     */
    public boolean knows(String operationId) {
        return byOperation.containsKey(operationId);
    }

    /** Sets every count back to zero. */
    public void reset() {
        byOperation.values().forEach(Counts::reset);
    }

    /** @return the counts now */
    public Report report() {
        return new Report(byOperation.values().stream().map(Counts::snapshot).toList());
    }
}
