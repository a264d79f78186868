package dev.appintel.contract;

import dev.appintel.client.support.OperationCatalog;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.Param;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Puts the raw commas of comma-joined lists back into a request the Pact verifier replays. A pact
 * keeps each query value decoded, so it cannot tell the comma the client sends between two items
 * ({@code app_ids=1,2}) from a comma inside one item (sent as {@code %2C}); the verifier encodes
 * every comma as {@code %2C}, which the mock rightly reads as part of one item. The interactions
 * the consumer tests record hold no item with a comma of its own, so every comma in a list
 * parameter's value was a separator.
 */
final class PactListQueries {

    private static final List<OperationSpec> OPERATIONS = OperationCatalog.operations().stream()
            .map(MethodBinding::spec).toList();

    private PactListQueries() {
    }

    /** The URI with {@code %2C} written as {@code ,} in the values of its operation's comma-joined lists. */
    static URI withRawListSeparators(URI uri) throws URISyntaxException {
        String query = uri.getRawQuery();
        Optional<OperationSpec> operation = OPERATIONS.stream()
                .filter(candidate -> candidate.path().match(uri.getPath()).isPresent()).findFirst();
        if (query == null || operation.isEmpty()) {
            return uri;
        }
        StringJoiner rewritten = new StringJoiner("&");
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            boolean list = operation.get().param(name).filter(param -> param.encoding() == Param.Encoding.COMMA_JOINED)
                    .isPresent();
            rewritten.add(list && equals >= 0 ? name + "=" + pair.substring(equals + 1).replace("%2C", ",") : pair);
        }
        String text = uri.toString();
        return new URI(text.substring(0, text.indexOf('?') + 1) + rewritten);
    }
}
