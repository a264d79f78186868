package dev.appintel.runtime;

import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The operational rules of one operation, from the spec's {@code x-appintel-*} extensions.
 * Parameter names are wire names.
 *
 * @param dateRange     two date parameters where the start must not be after the end
 * @param requiresOneOf parameters of which at least one must be given
 * @param pagination    page-numbered results
 * @param batching      the id-list parameter that clients may split, and its largest batch
 * @param segmentation  the parameter that selects the length of a date segment, and the longest
 *                      recommended range for each of its values
 */
public record Rules(
        Optional<DateRange> dateRange,
        List<String> requiresOneOf,
        Optional<Pagination> pagination,
        Optional<Batching> batching,
        Optional<Segmentation> segmentation) {

    /** No rules. */
    public static final Rules NONE = new Rules(Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public Rules {
        Objects.requireNonNull(dateRange, "dateRange");
        requiresOneOf = List.copyOf(requiresOneOf);
        Objects.requireNonNull(pagination, "pagination");
        Objects.requireNonNull(batching, "batching");
        Objects.requireNonNull(segmentation, "segmentation");
    }

    /**
     * Returns the parameter that selects the length of a date segment.
     *
     * @return the granularity parameter, if the operation has one
     */
    public Optional<String> granularity() {
        return segmentation.map(Segmentation::granularity);
    }

    /**
     * {@code x-appintel-date-segmentation}: a date range should be split into segments no longer
     * than the span its granularity recommends; a client that splits concatenates the arrays at the
     * {@code concat} JSON Pointers across the segments' responses.
     *
     * @param start       the start date parameter
     * @param end         the end date parameter
     * @param granularity the parameter that selects the length of a segment
     * @param maxSpan     the longest recommended range, by the granularity parameter's value
     * @param concat      JSON Pointers of the arrays to concatenate ({@code ""} is the whole body)
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

    /**
     * {@code x-appintel-date-range}.
     *
     * @param start the start date parameter
     * @param end   the end date parameter
     */
    public record DateRange(String start, String end) {
        public DateRange {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * {@code x-appintel-pagination}.
     *
     * @param page      the page number parameter
     * @param limit     the page size parameter
     * @param firstPage the number of the first page
     * @param total     the JSON Pointer of the total item count in the body
     * @param items     the JSON Pointer of the page's items in the body
     */
    public record Pagination(String page, String limit, int firstPage, String total, String items) {
        public Pagination {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(items, "items");
        }
    }

    /**
     * {@code x-appintel-batching}: a client may split a longer id list into calls of at most
     * {@code maxPerCall} ids, concatenating the arrays at the {@code concat} JSON Pointers across the
     * responses and taking every other field from the first.
     *
     * @param parameter  the id-list parameter
     * @param maxPerCall the most ids per call
     * @param concat     JSON Pointers of the arrays to concatenate ({@code ""} is the whole body)
     */
    public record Batching(String parameter, int maxPerCall, List<String> concat) {
        public Batching {
            Objects.requireNonNull(parameter, "parameter");
            concat = List.copyOf(concat);
        }
    }

    /**
     * Returns these rules with a date range.
     *
     * @param start the start parameter
     * @param end the end parameter
     * @return these rules with a date range
     */
    public Rules withDateRange(String start, String end) {
        return new Rules(Optional.of(new DateRange(start, end)), requiresOneOf, pagination, batching, segmentation);
    }

    /**
     * Returns these rules, requiring one of the given parameters.
     *
     * @param names the parameters
     * @return these rules, requiring one of them
     */
    public Rules requiringOneOf(String... names) {
        return new Rules(dateRange, List.of(names), pagination, batching, segmentation);
    }

    /**
     * Returns these rules with the pagination.
     *
     * @param value the pagination
     * @return these rules with it
     */
    public Rules withPagination(Pagination value) {
        return new Rules(dateRange, requiresOneOf, Optional.of(value), batching, segmentation);
    }

    /**
     * Returns these rules with batching.
     *
     * @param value the batching rule
     * @return these rules with it
     */
    public Rules withBatching(Batching value) {
        return new Rules(dateRange, requiresOneOf, pagination, Optional.of(value), segmentation);
    }

    /**
     * Returns these rules with date segmentation.
     *
     * @param value the segmentation rule
     * @return these rules with it
     */
    public Rules withSegmentation(Segmentation value) {
        return new Rules(dateRange, requiresOneOf, pagination, batching, Optional.of(value));
    }
}
