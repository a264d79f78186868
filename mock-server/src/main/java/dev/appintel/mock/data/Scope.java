package dev.appintel.mock.data;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the walk through a response's shape is: the dimension values bound by the enclosing rows
 * (this app, this country, this period, ...), the JSON Pointer of the current value, and the
 * position in an enclosing list of rows that bind nothing. Scopes are immutable. The hashing key is
 * made when values are bound or a row begins, and a child value's scope shares it and the bound
 * values: most values of a body are hashed by that key.
 */
public final class Scope {

    /** The scope of a response body. */
    public static final Scope ROOT = new Scope(Collections.unmodifiableMap(new EnumMap<>(Dimension.class)), null, "", 0);

    private final Map<Dimension, Object> bound;
    /** The scope whose pointer this one's extends by {@link #name}; null for the root. */
    private final Scope parent;
    private final Object name;
    private final int index;
    private final String key;
    /** Written out on first use: most values never need their pointer. */
    private String pointer;
    /** The scope that made {@link #key}: its children share the key and its hashing state. */
    private final Scope keyMaker;
    /** The key folded into a hash under one seed, kept since most values of a body hash it. */
    private KeyState keyState;

    private Scope(Map<Dimension, Object> bound, Scope parent, Object name, int index) {
        this.bound = bound;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.key = keyOf(bound, index);
        this.keyMaker = this;
        this.pointer = parent == null ? "" : null;
    }

    /** A child of {@code parent}, with the same bound values and key. */
    private Scope(Scope parent, Object name) {
        this.bound = parent.bound;
        this.parent = parent;
        this.name = name;
        this.index = parent.index;
        this.key = parent.key;
        this.keyMaker = parent.keyMaker;
    }

    /** @return the bound dimension values: {@code String}s, and a {@link DatePeriod} for the period */
    public Map<Dimension, Object> bound() {
        return bound;
    }

    /** @return the JSON Pointer of the current value */
    public String pointer() {
        String written = pointer;
        if (written == null) {
            written = parent.pointer() + "/" + name;
            pointer = written;
        }
        return written;
    }

    /** @return the position in the nearest enclosing list of unbound rows */
    public int index() {
        return index;
    }

    /**
     * This scope with one more dimension bound.
     *
     * @param dimension the dimension
     * @param value     its value
     * @return the scope
     */
    public Scope bind(Dimension dimension, Object value) {
        Map<Dimension, Object> more = new EnumMap<>(Dimension.class);
        more.putAll(bound);
        more.put(dimension, value);
        return new Scope(Collections.unmodifiableMap(more), parent, name, index);
    }

    /**
     * The scope of a child value.
     *
     * @param name the property name or list index
     * @return the scope
     */
    public Scope child(Object name) {
        return new Scope(this, name);
    }

    /**
     * The scope of the {@code i}th row of a list of rows that bind nothing.
     *
     * @param i the row's position
     * @return the scope
     */
    public Scope row(int i) {
        return new Scope(bound, this, i, i);
    }

    /**
     * A bound value as text.
     *
     * @param dimension the dimension
     * @return the value, if bound
     */
    public Optional<String> text(Dimension dimension) {
        return Optional.ofNullable(bound.get(dimension)).map(String::valueOf);
    }

    /** @return the bound period, if any */
    public Optional<DatePeriod> period() {
        return Optional.ofNullable(bound.get(Dimension.PERIOD)).map(DatePeriod.class::cast);
    }

    /**
     * What values in this scope are about, for hashing: the bound dimensions and the row index,
     * but not the pointer, so that the same app, country and period give the same numbers in
     * every endpoint.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The hashing state after a seed and this scope's key: {@code Hash.continued(keyState(seed),
     * parts)} is {@code Hash.of(seed, key(), parts...)}.
     */
    long keyState(long seed) {
        KeyState state = keyMaker.keyState;
        if (state == null || state.seed != seed) {
            // a benign race: threads that compute it at once compute the same value
            state = new KeyState(seed, Hash.fold(Hash.start(seed), key));
            keyMaker.keyState = state;
        }
        return state.value;
    }

    private record KeyState(long seed, long value) {
    }

    private static String keyOf(Map<Dimension, Object> bound, int index) {
        StringBuilder key = new StringBuilder();
        bound.forEach((dimension, value) -> key.append(dimension).append('=').append(value).append(','));
        return key.append('#').append(index).toString();
    }
}
