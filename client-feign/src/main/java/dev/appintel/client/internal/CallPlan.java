package dev.appintel.client.internal;

import java.util.List;

/**
 * The requests one call is made of, and how to merge their responses.
 *
 * @param requests the arguments of each request, in the order their results are merged
 * @param concat   the JSON Pointers of the arrays to concatenate across responses
 */
public record CallPlan(List<Object[]> requests, List<String> concat) {

    /** Copies the lists. */
    public CallPlan {
        requests = List.copyOf(requests);
        concat = List.copyOf(concat);
    }
}
