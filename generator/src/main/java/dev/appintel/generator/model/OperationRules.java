package dev.appintel.generator.model;

import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The API's operational rules for one operation, read from the spec's {@code x-appintel-*}
 * extensions (documented at the top of the spec). Parameter names are wire names.
 */
public record OperationRules(
        Optional<Batching> batching,
        Optional<Segmentation> segmentation,
        Optional<Pagination> pagination,
        Optional<DateRange> dateRange,
        List<String> requiresOneOf) {

    /** No rules. */
    public static final OperationRules NONE = new OperationRules(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    public OperationRules {
        Objects.requireNonNull(batching, "batching");
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(pagination, "pagination");
        Objects.requireNonNull(dateRange, "dateRange");
        requiresOneOf = List.copyOf(requiresOneOf);
    }

    /**
     * An id-list parameter may be split into calls of at most {@code maxPerCall} ids; the arrays
     * at the {@code concat} JSON Pointers are concatenated ({@code ""} is the whole body).
     */
    public record Batching(String parameter, int maxPerCall, List<String> concat) {
        public Batching {
            Objects.requireNonNull(parameter, "parameter");
            if (maxPerCall < 1) {
                throw new IllegalArgumentException("maxPerCall must be >= 1, got " + maxPerCall);
            }
            concat = List.copyOf(concat);
        }
    }

    /**
     * A date range should be split into segments no longer than {@code maxSpan} of the chosen
     * granularity; {@code maxSpan} is keyed by the granularity parameter's wire value.
     */
    public record Segmentation(String start, String end, String granularity, Map<String, Period> maxSpan,
            List<String> concat) {
        public Segmentation {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(granularity, "granularity");
            maxSpan = Collections.unmodifiableMap(new TreeMap<>(maxSpan));
            concat = List.copyOf(concat);
        }
    }

    /** Page-numbered results; {@code total} and {@code items} are JSON Pointers into the body. */
    public record Pagination(String page, String limit, int firstPage, String total, String items) {
        public Pagination {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(items, "items");
        }
    }

    /** Two date parameters where {@code start} must not be after {@code end}. */
    public record DateRange(String start, String end) {
        public DateRange {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }
}
