package dev.appintel.client.internal;

import dev.appintel.client.support.OperationMetadata;
import dev.appintel.client.support.QueryValues;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a comma-separated list in its exploded form when one of its values contains a comma: for a
 * parameter with an exploded alias ({@code x-appintel-exploded-alias}), {@code publisher_ids=a,b%2Cc}
 * becomes {@code publisher_ids%5B%5D=a&publisher_ids%5B%5D=b%2Cc}, in the same place of the query.
 * Register it before the generated {@code QueryListInterceptor}, which would join the values.
 */
public final class ExplodedAliasInterceptor implements RequestInterceptor {

    private static final String ENCODED_COMMA = QueryValues.encode(",");

    @Override
    public void apply(RequestTemplate template) {
        Operations.of(template).ifPresent(operation -> explode(operation, template));
    }

    private static void explode(OperationMetadata operation, RequestTemplate template) {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (OperationMetadata.Parameter parameter : operation.parameters()) {
            parameter.explodedAlias().ifPresent(alias -> aliases.put(QueryValues.encode(parameter.name()),
                    QueryValues.encode(alias)));
        }
        Map<String, Collection<String>> queries = template.queries();
        if (aliases.keySet().stream().noneMatch(key -> hasComma(queries.get(key)))) {
            return;
        }
        Map<String, Collection<String>> rebuilt = new LinkedHashMap<>(queries);
        template.queries(Map.of());
        rebuilt.forEach((key, values) -> template.query(hasComma(values) && aliases.containsKey(key) ? aliases.get(key) : key,
                values));
    }

    private static boolean hasComma(Collection<String> values) {
        return values != null && values.stream().anyMatch(value -> value.contains(ENCODED_COMMA));
    }
}
