package dev.appintel.contract;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.RequestResponsePact;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.util.List;
import java.util.Map;

/**
 * The success interactions a spec implies, one per GET operation, each with the operation's valid
 * request from the spec ({@link ValidRequests}) for its first {@code os}. Built the same way from the
 * current spec (the consumer tests) and from a baseline spec (the compatibility check), so that a new
 * operation gets an interaction without anyone writing it.
 */
final class SpecInteractions {

    /** How the description of an interaction built from the spec ends. */
    static final String FROM_THE_SPEC = " succeeds (request from the spec)";

    private SpecInteractions() {
    }

    /** The interaction's description, distinct from those of the hand-written calls. */
    static String description(SpecDocument.Operation operation) {
        return operation.operationId() + FROM_THE_SPEC;
    }

    /** The {@code os} of the request: the first the operation accepts, or none when its path has no {@code {os}}. */
    static String os(SpecDocument.Operation operation) {
        return operation.osValues().isEmpty() ? "" : operation.osValues().get(0);
    }

    /** The query of the operation's request from the spec. */
    static Map<String, String> query(SpecDocument.Operation operation) {
        return ValidRequests.query(operation, os(operation));
    }

    /** One success interaction for each of {@code operations}, in their order. */
    static RequestResponsePact pact(PactDslWithProvider builder, List<SpecDocument.Operation> operations) {
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("the spec has no GET operation to make interactions of");
        }
        PactDslResponse response = null;
        for (SpecDocument.Operation operation : operations) {
            PactDslWithState state = response == null ? builder.given(PactRequests.AUTHORISED)
                    : response.given(PactRequests.AUTHORISED);
            String requestLine = ValidRequests.uri(operation, os(operation), query(operation), FakeToken.VALUE);
            response = success(state, description(operation), operation, requestLine);
        }
        return response.toPact();
    }

    /** A 200 for {@code requestLine}, its query matched by the spec's regexes and its body by the spec's schema. */
    static PactDslResponse success(PactDslWithState state, String description, SpecDocument.Operation operation,
            String requestLine) {
        String path = PactRequests.path(requestLine);
        PactDslRequestWithPath request = state.uponReceiving(description).method("GET").path(path);
        return PactRequests.withQuery(request, operation, requestLine).willRespondWith().status(200)
                .body(PactBodies.success(operation, path));
    }
}
