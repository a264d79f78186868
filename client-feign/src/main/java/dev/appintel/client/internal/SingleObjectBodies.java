package dev.appintel.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.client.error.ResponseDecodingException;
import java.lang.reflect.Type;

/**
 * Reads a body sent as an array of one object where the spec says the body is an object (some of
 * the vendor's documentation shows the retention and demographics bodies that way) as that
 * object. Any other number of elements is a {@link ResponseDecodingException}: picking one of
 * several objects would drop the rest without a word.
 */
final class SingleObjectBodies {

    private SingleObjectBodies() {
    }

    /**
     * The response with its body unwrapped when it needs to be.
     *
     * @param operation the operationId, for the failure
     * @param fetched   the response
     * @param type      the method's declared return type; only a model (a record) is unwrapped
     * @return the response, its body the single object when it was an array of one
     * @throws ResponseDecodingException when the body is an array of another size where a model is declared
     */
    static Fetched unwrap(String operation, Fetched fetched, Type type) {
        JsonNode body = fetched.body();
        if (!(type instanceof Class<?> model) || !model.isRecord() || !body.isArray()) {
            return fetched;
        }
        if (body.size() == 1 && body.get(0).isObject()) {
            return new Fetched(body.get(0), fetched.status(), fetched.url());
        }
        throw new ResponseDecodingException(fetched.status(), operation, fetched.url(), "at /: an array of "
                + body.size() + " elements where the spec says the body is one " + model.getSimpleName()
                + " object (an array of exactly one object is read as that object)", null);
    }
}
