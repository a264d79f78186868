package dev.appintel.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Reads every success body as a Jackson tree, whatever the method declares, and returns it as a
 * {@link Fetched} with the status and the URL: the runtime merges the trees of split calls and maps
 * the result to the declared type once ({@link CallExecutor}).
 */
public final class TreeDecoder implements Decoder {

    private final ObjectMapper mapper;

    private final Redactor redactor;

    /**
     * @param mapper   the client's mapper
     * @param redactor the token's redactor, for the URL
     */
    public TreeDecoder(ObjectMapper mapper, Redactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        return new Fetched(tree(response), response.status(), redactor.redact(response.request().url()));
    }

    private JsonNode tree(Response response) throws IOException {
        if (response.body() == null) {
            return NullNode.getInstance();
        }
        try (InputStream body = response.body().asInputStream()) {
            JsonNode tree = mapper.readTree(body);
            return tree == null || tree.isMissingNode() ? NullNode.getInstance() : tree;
        }
    }
}
