package dev.appintel.mock.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sink that builds the document as a tree. A name given twice in one object keeps the first
 * place and the last value, as {@link ObjectNode#set} does.
 */
public final class JsonTree implements JsonSink {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Deque<ContainerNode<?>> open = new ArrayDeque<>(8);
    private String name;
    private JsonNode root;

    @Override
    public void startObject() {
        ObjectNode object = JSON.objectNode();
        add(object);
        open.push(object);
    }

    @Override
    public void endObject() {
        open.pop();
    }

    @Override
    public void startArray() {
        ArrayNode array = JSON.arrayNode();
        add(array);
        open.push(array);
    }

    @Override
    public void endArray() {
        open.pop();
    }

    @Override
    public void name(String name) {
        this.name = name;
    }

    @Override
    public void name(JsonWriter.Name name) {
        this.name = name.text();
    }

    @Override
    public void value(JsonNode value) {
        add(value);
    }

    @Override
    public long size() {
        return -1;
    }

    /**
     * The document.
     *
     * @return the first value given, with all that was put into it
     * @throws IllegalStateException when nothing was given
     */
    public JsonNode root() {
        if (root == null) {
            throw new IllegalStateException("no value was given");
        }
        return root;
    }

    private void add(JsonNode value) {
        ContainerNode<?> container = open.peek();
        if (container == null) {
            root = value;
        } else if (container instanceof ObjectNode object) {
            object.set(name, value);
        } else {
            ((ArrayNode) container).add(value);
        }
    }
}
