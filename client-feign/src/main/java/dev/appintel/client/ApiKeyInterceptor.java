package dev.appintel.client;

import dev.appintel.client.internal.Operations;
import dev.appintel.client.support.OperationCatalog;
import dev.appintel.runtime.ApiKey;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.QueryString;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends the API key with every call of the generated Feign interfaces built with a plain Feign
 * builder, where the catalog says, operation by operation ({@link OperationCatalog#apiKey(String)}):
 * in the query or in a header, or not at all for an operation that declares no security.
 * {@link AppIntelligence} does not need it; it adds the token as requests leave.
 *
 * <p>The token is handed to Feign as a literal: percent-encoded for the query, as a literal header
 * value otherwise, so that a token holding {@code {x}} is never read as a template expression.
 */
public final class ApiKeyInterceptor implements RequestInterceptor {

    private final Supplier<String> token;
    private final Function<RequestTemplate, Optional<ApiKey>> keys;

    /**
     * An interceptor that sends the token {@code token} supplies, asked once per request, under the
     * key the catalog gives the request's operation.
     *
     * @param token the API key's value
     */
    public ApiKeyInterceptor(Supplier<String> token) {
        this(token, template -> Operations.of(template).map(MethodBinding::operationId)
                .map(OperationCatalog::apiKey).orElseGet(OperationCatalog::apiKey));
    }

    /** An interceptor with its own lookup of a request's key; for tests. */
    ApiKeyInterceptor(Supplier<String> token, Function<RequestTemplate, Optional<ApiKey>> keys) {
        this.token = Objects.requireNonNull(token, "token");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public void apply(RequestTemplate template) {
        keys.apply(template).ifPresent(key -> {
            if (key.location() == Param.Location.HEADER) {
                template.headerLiteral(key.name(), token.get());
            } else {
                template.query(QueryString.encode(key.name()), QueryString.encode(token.get()));
            }
        });
    }
}
