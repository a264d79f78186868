package dev.appintel.mock.data;

import java.util.Optional;

/**
 * Where the walk through a response's shape is: the dimension values bound by the enclosing rows
 * (this app, this country, this period, ...), the JSON Pointer of the current value, and the
 * position in an enclosing list of rows that bind nothing. Scopes are immutable in what they say;
 * the hashing state and the pointer are worked out when first asked for. Values are hashed by the
 * scope's key, the text {@code DIM=value,...#index} of the bound dimensions and the row index (not
 * the pointer, so that the same app, country and period give the same numbers in every endpoint).
 * A child value's scope shares its parent's key and bound values: most values of a body are
 * hashed by that key.
 */
public final class Scope {

    private static final Dimension[] DIMENSIONS = Dimension.values();

    /** The scope of a response body. */
    public static final Scope ROOT = new Scope(new Object[DIMENSIONS.length], null, "", 0, null);

    /** The bound values by dimension ordinal, null where unbound; never changed once made. */
    private final Object[] values;
    /** The scope whose pointer this one's extends by {@link #name}; null for the root. */
    private final Scope parent;
    private final Object name;
    private final int index;
    /** The scope that made the key: its children share the key and its hashing state. */
    private final Scope keyMaker;
    /**
     * The scope this one's key extends: the one it was bound from when the new dimension comes
     * after every bound one (a row's app, then its country, then its period), or the one a row
     * began in; null when the key must be folded from its start.
     */
    private final Scope keyPrefix;
    /**
     * The hashing state after a seed, this scope's key and {@code first}: the properties of an
     * object share their scope's key and their owner, so the last owner's state is kept.
     */
    long keyState(long seed, String first) {
        OwnerState last = keyMaker.ownerState;
        if (last != null && last.seed == seed && last.owner == first) {
            return last.value;
        }
        long value = Hash.fold(keyState(seed), first);
        keyMaker.ownerState = new OwnerState(seed, first, value);
        return value;
    }

    private record OwnerState(long seed, String owner, long value) {
    }

    /** The hashing state after the bound values' part of the key, under one seed. */
    private KeyState prefixState;
    /** The hashing state after the key and the owner of the last property hashed in this scope. */
    private OwnerState ownerState;
    /** The key folded into a hash under one seed, kept since most values of a body hash it. */
    private KeyState keyState;
    /** Written out on first use: most values never need their pointer. */
    private String pointer;

    private Scope(Object[] values, Scope parent, Object name, int index, Scope keyPrefix) {
        this.values = values;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.keyMaker = this;
        this.keyPrefix = keyPrefix;
        this.pointer = parent == null ? "" : null;
    }

    /** A child of {@code parent}, with the same bound values and key. */
    private Scope(Scope parent, Object name) {
        this.values = parent.values;
        this.parent = parent;
        this.name = name;
        this.index = parent.index;
        this.keyMaker = parent.keyMaker;
        this.keyPrefix = null;
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
        boolean appended = true;
        for (int i = dimension.ordinal(); i < values.length; i++) {
            appended &= values[i] == null;
        }
        return new Scope(more, parent, name, index, appended ? keyMaker : null);
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
        return new Scope(values, this, i, i, keyMaker);
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
     * The hashing state after a seed and this scope's key: {@code Hash.continued(keyState(seed),
     * parts)} is {@code Hash.of(seed, key, parts...)}, the key folded piece by piece without being
     * written out (the partial scopes of a product of rows never need theirs).
     */
    long keyState(long seed) {
        KeyState state = keyMaker.keyState;
        if (state == null || state.seed != seed) {
            // a benign race: threads that compute it at once compute the same value
            long bound = Hash.extend(keyMaker.boundState(seed), "#");
            state = new KeyState(seed, Hash.finish(Hash.extend(bound, Integer.toString(index))));
            keyMaker.keyState = state;
        }
        return state.value;
    }

    /** The hashing state after the seed and the bound values' part of the key, {@code DIM=value,...}. */
    private long boundState(long seed) {
        KeyState state = prefixState;
        if (state == null || state.seed != seed) {
            long value;
            if (keyPrefix != null) {
                value = keyPrefix.boundState(seed);
                int last = -1;
                for (int i = 0; i < values.length; i++) {
                    last = values[i] != null && keyPrefix.values[i] == null ? i : last;
                }
                value = last < 0 ? value : extendWith(value, DIMENSIONS[last], values[last]);
            } else {
                value = Hash.start(seed);
                for (Dimension dimension : DIMENSIONS) {
                    Object bound = values[dimension.ordinal()];
                    if (bound != null) {
                        value = extendWith(value, dimension, bound);
                    }
                }
            }
            state = new KeyState(seed, value);
            prefixState = state;
        }
        return state.value;
    }

    private record KeyState(long seed, long value) {
    }

    /** The state extended by {@code DIM=value,}, piece by piece rather than by a joined string. */
    private static long extendWith(long state, Dimension dimension, Object value) {
        return Hash.extend(Hash.extend(Hash.extend(Hash.extend(state, dimension.name()), "="), value.toString()), ",");
    }
}
