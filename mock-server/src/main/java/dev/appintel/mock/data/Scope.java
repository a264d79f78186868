package dev.appintel.mock.data;

import java.util.Optional;

/**
 * Where the walk through a response's shape is: the dimension values bound by the enclosing rows
 * (this app, this country, this period, ...), the JSON Pointer of the current value, and the
 * position in an enclosing list of rows that bind nothing. Scopes are immutable in what they say;
 * the hashing key and the pointer are written out when first asked for. A child value's scope
 * shares its parent's key and bound values: most values of a body are hashed by that key.
 */
public final class Scope {

    private static final Dimension[] DIMENSIONS = Dimension.values();

    /** The scope of a response body. */
    public static final Scope ROOT = new Scope(new Object[DIMENSIONS.length], null, "", 0);

    /** The bound values by dimension ordinal, null where unbound; never changed once made. */
    private final Object[] values;
    /** The scope whose pointer this one's extends by {@link #name}; null for the root. */
    private final Scope parent;
    private final Object name;
    private final int index;
    /** Written out on first use: the partial scopes of a product of rows never need theirs. */
    private String key;
    /** The scope that made {@link #key}: its children share the key and its hashing state. */
    private final Scope keyMaker;
    /** The key folded into a hash under one seed, kept since most values of a body hash it. */
    private KeyState keyState;
    /** Written out on first use: most values never need their pointer. */
    private String pointer;

    private Scope(Object[] values, Scope parent, Object name, int index) {
        this.values = values;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.keyMaker = this;
        this.pointer = parent == null ? "" : null;
    }

    /** A child of {@code parent}, with the same bound values and key. */
    private Scope(Scope parent, Object name) {
        this.values = parent.values;
        this.parent = parent;
        this.name = name;
        this.index = parent.index;
        this.keyMaker = parent.keyMaker;
    }

    /**
     * Whether an enclosing row binds the dimension.
     *
     * @param dimension the dimension
     * @return whether it is bound
     */
    public boolean binds(Dimension dimension) {
        return values[dimension.ordinal()] != null;
    }

    /**
     * The bound value of a dimension.
     *
     * @param dimension the dimension
     * @return a {@code String}, a {@link DatePeriod} for the period, or null when unbound
     */
    public Object value(Dimension dimension) {
        return values[dimension.ordinal()];
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
        Object[] more = values.clone();
        more[dimension.ordinal()] = value;
        return new Scope(more, parent, name, index);
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
        return new Scope(values, this, i, i);
    }

    /**
     * A bound value as text.
     *
     * @param dimension the dimension
     * @return the value, if bound
     */
    public Optional<String> text(Dimension dimension) {
        Object value = values[dimension.ordinal()];
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    /** @return the bound period, if any */
    public Optional<DatePeriod> period() {
        return Optional.ofNullable((DatePeriod) values[Dimension.PERIOD.ordinal()]);
    }

    /**
     * What values in this scope are about, for hashing: the bound dimensions and the row index,
     * but not the pointer, so that the same app, country and period give the same numbers in
     * every endpoint.
     *
     * @return the key
     */
    public String key() {
        String written = keyMaker.key;
        if (written == null) {
            written = keyOf(values, index);
            keyMaker.key = written;
        }
        return written;
    }

    /**
     * The hashing state after a seed and this scope's key: {@code Hash.continued(keyState(seed),
     * parts)} is {@code Hash.of(seed, key(), parts...)}.
     */
    long keyState(long seed) {
        KeyState state = keyMaker.keyState;
        if (state == null || state.seed != seed) {
            // a benign race: threads that compute it at once compute the same value
            state = new KeyState(seed, Hash.fold(Hash.start(seed), key()));
            keyMaker.keyState = state;
        }
        return state.value;
    }

    private record KeyState(long seed, long value) {
    }

    private static String keyOf(Object[] values, int index) {
        StringBuilder key = new StringBuilder(64);
        for (Dimension dimension : DIMENSIONS) {
            Object value = values[dimension.ordinal()];
            if (value != null) {
                key.append(dimension.name()).append('=').append(value).append(',');
            }
        }
        return key.append('#').append(index).toString();
    }
}
