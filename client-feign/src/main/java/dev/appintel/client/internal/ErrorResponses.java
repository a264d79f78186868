package dev.appintel.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.client.error.ForbiddenException;
import dev.appintel.client.error.RateLimitedException;
import dev.appintel.client.error.ServerErrorException;
import dev.appintel.client.error.UnauthorizedException;
import dev.appintel.client.error.UnexpectedStatusException;
import dev.appintel.client.error.ValidationFailedException;
import dev.appintel.runtime.MethodBinding;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every response that is not a success into the typed exception of its status, with the
 * operation, the redacted URL and the API's own words: the {@code error} of an error message, every
 * {@code errors[].title} of a 422, the {@code Retry-After} of a 429.
 */
public final class ErrorResponses implements ErrorDecoder {

    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_DETAIL_CHARS = 300;

    private final ObjectMapper mapper;
    private final Redactor redactor;
    private final Clock clock;

    /**
     * @param mapper   the client's mapper
     * @param redactor the token's redactor
     * @param clock    the clock that dates a {@code Retry-After} given as an HTTP date
     */
    public ErrorResponses(ObjectMapper mapper, Redactor redactor, Clock clock) {
        this.mapper = mapper;
        this.redactor = redactor;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String operation = Operations.of(response.request().requestTemplate()).map(MethodBinding::operationId)
                .orElse(methodKey);
        String url = redactor.redact(response.request().url());
        String body = redactor.redact(body(response));
        JsonNode json = json(body);
        int status = response.status();
        return switch (status) {
            case 401 -> new UnauthorizedException(operation, url, detail(json, body));
            case 403 -> new ForbiddenException(operation, url, detail(json, body));
            case 422 -> new ValidationFailedException(operation, url, titles(json));
            case 429 -> new RateLimitedException(operation, url, detail(json, body),
                    RetryAfter.parse(response.headers(), clock).orElse(null));
            default -> status >= 500 && status <= 599 ? new ServerErrorException(status, operation, url, detail(json, body))
                    : new UnexpectedStatusException(status, operation, url, detail(json, body));
        };
    }

    private static String body(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private JsonNode json(String body) {
        try {
            return body.isBlank() ? mapper.missingNode() : mapper.readTree(body);
        } catch (IOException e) {
            return mapper.missingNode();
        }
    }

    /** The {@code error} or {@code message} text of a JSON body, else the start of the body. */
    private static String detail(JsonNode json, String body) {
        for (String field : new String[] {"error", "message"}) {
            if (json.path(field).isTextual()) {
                return json.path(field).asText();
            }
        }
        String text = body.strip();
        return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS) + "...";
    }

    private static List<String> titles(JsonNode json) {
        List<String> titles = new ArrayList<>();
        json.path("errors").forEach(error -> {
            if (error.path("title").isTextual()) {
                titles.add(error.path("title").asText());
            }
        });
        if (titles.isEmpty() && json.path("error").isTextual()) {
            titles.add(json.path("error").asText());
        }
        return titles;
    }
}
