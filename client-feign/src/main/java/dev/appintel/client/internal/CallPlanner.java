package dev.appintel.client.internal;

import dev.appintel.client.support.OperationMetadata;
import dev.appintel.client.support.OperationMetadata.Batching;
import dev.appintel.client.support.OperationMetadata.Segmentation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a call by the operation's rules: an id list longer than the batching limit into chunks of
 * at most that many distinct ids, in the caller's order; a date range longer than the segment span
 * of the chosen granularity into consecutive segments ({@link DateSegments}). Both may apply; the
 * requests are then every segment for every chunk, chunk by chunk. A call within the limits is one
 * request with the caller's arguments unchanged.
 */
public final class CallPlanner {

    /**
     * The requests of a call.
     *
     * @param operation the operation
     * @param args      the caller's arguments, already validated
     * @return the plan
     */
    public CallPlan plan(OperationMetadata operation, Object[] args) {
        List<Object[]> requests = List.<Object[]>of(args);
        List<String> concat = new ArrayList<>();
        if (operation.batching().isPresent()) {
            Batching batching = operation.batching().get();
            int index = operation.indexOf(batching.parameter());
            List<Object[]> split = expand(requests, request -> chunks(request, index, batching.maxPerCall()));
            if (split.size() > 1) {
                concat.addAll(batching.concat());
            }
            requests = split;
        }
        if (operation.segmentation().isPresent()) {
            Segmentation segmentation = operation.segmentation().get();
            DateSegments segments = new DateSegments(segmentation, operation);
            List<Object[]> split = expand(requests, segments::split);
            if (split.size() > requests.size()) {
                segmentation.concat().stream().filter(pointer -> !concat.contains(pointer)).forEach(concat::add);
            }
            requests = split;
        }
        return new CallPlan(requests, concat);
    }

    private static List<Object[]> expand(List<Object[]> requests, Function<Object[], List<Object[]>> split) {
        List<Object[]> out = new ArrayList<>();
        requests.forEach(request -> out.addAll(split.apply(request)));
        return out;
    }

    private static List<Object[]> chunks(Object[] args, int index, int maxPerCall) {
        if (!(args[index] instanceof Collection<?> values) || values.size() <= maxPerCall) {
            return List.<Object[]>of(args);
        }
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        List<Object[]> out = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += maxPerCall) {
            Object[] chunk = args.clone();
            chunk[index] = List.copyOf(distinct.subList(from, Math.min(distinct.size(), from + maxPerCall)));
            out.add(chunk);
        }
        return out;
    }
}
