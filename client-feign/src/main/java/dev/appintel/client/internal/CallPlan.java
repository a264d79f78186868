package dev.appintel.client.internal;

import dev.appintel.client.error.CallPart;
import java.util.List;

/**
 * The requests one call is made of, and how to merge their responses.
 *
 * @param requests the arguments of each request, in the order their results are merged
 * @param parts    what sets each request apart, in the same order (for failures)
 * @param concat   the JSON Pointers of the arrays to concatenate across responses
 */
public record CallPlan(List<Object[]> requests, List<CallPart> parts, List<String> concat) {

    /** Copies the lists. */
    public CallPlan {
        requests = List.copyOf(requests);
        parts = List.copyOf(parts);
        concat = List.copyOf(concat);
        if (parts.size() != requests.size()) {
            throw new IllegalArgumentException(requests.size() + " requests but " + parts.size() + " parts");
        }
    }
}
