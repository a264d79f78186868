package dev.appintel.mock.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a JSON document goes as it is made, value by value: written out ({@link JsonWriter}) or
 * built into a tree ({@link JsonTree}). Names come before their values; objects and arrays are
 * begun and ended in nested order.
 */
public interface JsonSink {

    /** Begins an object. */
    void startObject();

    /** Ends the object begun last. */
    void endObject();

    /** Begins an array. */
    void startArray();

    /** Ends the array begun last. */
    void endArray();

    /**
     * The name of the next property of the current object.
     *
     * @param name the property name
     */
    void name(String name);

    /**
     * The name of the next property of the current object, its JSON written before.
     *
     * @param name the property name
     */
    void name(JsonWriter.Name name);

    /**
     * A whole value, a tree, as the next value.
     *
     * @param value the value
     */
    void value(JsonNode value);

    /** @return the bytes written so far, or -1 when the sink writes no bytes */
    long size();
}
