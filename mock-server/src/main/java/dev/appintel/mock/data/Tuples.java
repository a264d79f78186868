package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.runtime.Shape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Lists of tuples, whose layout the spec gives in prose and which the model keeps only as lists:
 * integer tuples are {@code [unix_seconds, value, null]} points, one per requested period (rank
 * history); {@code update_data} pairs are {@code [date, update]}; other pairs are
 * {@code [[start_date, end_date], share]} spans of a week.
 */
final class Tuples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Tuples() {
    }

    /** Fills {@code array} with at most {@code limit} tuples for the slot. */
    static void fill(ArrayNode array, Shape.ListOf tuple, Slot slot, Scope scope, RequestFacts request,
            Universe universe, AppFacts app, int limit) {
        Hash hash = universe.hash(scope, slot.owner(), slot.name());
        if (tuple.element() instanceof Shape.Scalar) {
            points(array, request, hash, limit);
        } else if (slot.name().equals("update_data")) {
            updates(array, app, hash);
        } else {
            spans(array, request.start().orElse(universe.today().minusDays(28)), hash);
        }
    }

    private static void points(ArrayNode array, RequestFacts request, Hash hash, int limit) {
        long rank = hash.range(5, 300);
        for (DatePeriod period : request.periods().subList(0, Math.max(0, Math.min(limit, request.periods().size())))) {
            ArrayNode point = array.addArray();
            point.add(period.start().atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            rank = Math.max(1, rank + hash.then(period.start()).range(-5, 5));
            point.add(rank);
            point.addNull();
        }
    }

    private static void updates(ArrayNode array, AppFacts app, Hash hash) {
        LocalDate date = app.updatedDate();
        for (int i = 0; i < hash.range(2, 4); i++) {
            ArrayNode pair = array.addArray();
            pair.add(date.toString());
            ObjectNode update = pair.addObject();
            update.put("update_type", "version");
            update.put("version", i == 0 ? app.version() : app.version().split("\\.")[0] + "." + (9 - i) + ".0");
            update.put("description", Vocabulary.SENTENCES.get(i % Vocabulary.SENTENCES.size()));
            date = date.minusDays(hash.then(i).range(5, 40));
        }
    }

    private static void spans(ArrayNode array, LocalDate start, Hash hash) {
        LocalDate from = Granularity.WEEK.start(start);
        for (int i = 0; i < hash.range(2, 4); i++) {
            ArrayNode pair = array.addArray();
            ArrayNode span = pair.addArray();
            span.add(from.toString());
            span.add(from.plusDays(6).toString());
            pair.add(BigDecimal.valueOf(hash.then(i).between(0.001, 0.08)).setScale(4, RoundingMode.HALF_UP));
            from = from.plusWeeks(1);
        }
    }
}
