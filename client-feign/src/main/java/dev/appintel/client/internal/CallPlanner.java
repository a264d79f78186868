package dev.appintel.client.internal;

import dev.appintel.client.error.CallPart;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.Rules.Batching;
import dev.appintel.runtime.Rules.Segmentation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    public CallPlan plan(MethodBinding operation, Object[] args) {
        List<Object[]> requests = List.<Object[]>of(args);
        List<String> concat = new ArrayList<>();
        List<String> splitBy = new ArrayList<>();
        if (operation.spec().rules().batching().isPresent()) {
            Batching batching = operation.spec().rules().batching().get();
            int index = operation.indexOf(batching.parameter());
            List<Object[]> split = expand(requests, request -> chunks(request, index, batching.maxPerCall()));
            if (split.size() > 1) {
                concat.addAll(batching.concat());
                splitBy.add(batching.parameter());
            }
            requests = split;
        }
        if (operation.spec().rules().segmentation().isPresent()) {
            Segmentation segmentation = operation.spec().rules().segmentation().get();
            DateSegments segments = new DateSegments(segmentation, operation);
            List<Object[]> split = expand(requests, segments::split);
            if (split.size() > requests.size()) {
                segmentation.concat().stream().filter(pointer -> !concat.contains(pointer)).forEach(concat::add);
                splitBy.add(segmentation.start());
                splitBy.add(segmentation.end());
            }
            requests = split;
        }
        return new CallPlan(requests, parts(operation, requests, splitBy), concat);
    }

    /** Each request named by its values of the parameters the call was split by. */
    private static List<CallPart> parts(MethodBinding operation, List<Object[]> requests, List<String> splitBy) {
        List<CallPart> parts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String parameter : splitBy) {
                Object value = requests.get(i)[operation.indexOf(parameter)];
                if (value != null) {
                    values.put(parameter, value);
                }
            }
            parts.add(new CallPart(i + 1, requests.size(), values));
        }
        return parts;
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
