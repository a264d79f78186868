package dev.appintel.mock.data;

import java.util.Optional;

/**
 * Where the walk through a response's shape is: the dimension values bound by the enclosing rows
 * (this app, this country, this period, ...), the position in an enclosing list of rows that
 * bind nothing, and the path to the current value. Immutable.
 *
 * <p>Values are hashed by the scope's key, the text {@code DIM=value,...#index} of the bound
 * dimensions and the row index, not by the path, so that the same app, country and period give
 * the same numbers in every endpoint. The key is folded into a hashing state when the scope is
 * made: a child value's scope (a property of an object) shares its parent's.
 */
public final class Scope {

    private static final Dimension[] DIMENSIONS = Dimension.values();

    private final long seed;
    /** The bound values by dimension ordinal, null where unbound; never changed once made. */
    private final Object[] values;
    /** The scope whose path this one's extends by {@link #name}; null for a body's root. */
    private final Scope parent;
    private final Object name;
    private final int index;
    /** The hashing state after the seed and the bound values' part of the key, {@code DIM=value,...}. */
    private final long boundState;
    /** The hashing state after the seed and the whole key. */
    private final long keyState;
    /** The schema of the object whose properties this scope's values are, or null. */
    private final String owner;
    /** The hashing state after the key and {@link #owner}: most values are hashed by both. */
    private final long ownerState;

    private Scope(long seed, Object[] values, Scope parent, Object name, int index, long boundState) {
        this.seed = seed;
        this.values = values;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.boundState = boundState;
        this.keyState = Hash.finish(Hash.extend(Hash.extend(boundState, "#"), Integer.toString(index)));
        this.owner = null;
        this.ownerState = 0;
    }

    /** A scope with the bound values and key of {@code same}, at the path {@code parent}/{@code name}. */
    private Scope(Scope same, Scope parent, Object name, String owner, long ownerState) {
        this.seed = same.seed;
        this.values = same.values;
        this.parent = parent;
        this.name = name;
        this.index = same.index;
        this.boundState = same.boundState;
        this.keyState = same.keyState;
        this.owner = owner;
        this.ownerState = ownerState;
    }

    /**
     * The scope of a response body made under a seed.
     *
     * @param seed the universe's seed
     * @return the scope, binding nothing
     */
    public static Scope root(long seed) {
        return new Scope(seed, new Object[DIMENSIONS.length], null, "", 0, Hash.start(seed));
    }

    /** @return the seed the key is hashed under */
    public long seed() {
        return seed;
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

    /** @return the JSON Pointer of the current value, written out on each call (only paging asks) */
    public String pointer() {
        return parent == null ? "" : parent.pointer() + "/" + name;
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
        // the key lists dimensions in declaration order: one bound after the others extends the state
        long bound = appended ? extendWith(boundState, dimension, value) : boundState(seed, more);
        return new Scope(seed, more, parent, name, index, bound);
    }

    /**
     * The scope of a child value.
     *
     * @param name the property name or list index
     * @return the scope
     */
    public Scope child(Object name) {
        return new Scope(this, this, name, owner, ownerState);
    }

    /**
     * This scope as the scope of the properties of an object of a schema: the same place, with
     * the hashing state after its key and the schema's name made now.
     *
     * @param schemaName the object's schema
     * @return the scope
     */
    public Scope ownedBy(String schemaName) {
        return new Scope(this, parent, name, schemaName, Hash.fold(keyState, schemaName));
    }

    /**
     * The scope of the {@code i}th row of a list of rows that bind nothing.
     *
     * @param i the row's position
     * @return the scope
     */
    public Scope row(int i) {
        return new Scope(seed, values, this, i, i, boundState);
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
     * The hashing state after the seed and this scope's key: {@code Hash.continued(keyState(),
     * parts)} is {@code Hash.of(seed, key, parts...)}.
     */
    long keyState() {
        return keyState;
    }

    /** The hashing state after the key and {@code owner}: {@code Hash.continued(ownerState(o), name)} is {@code Hash.of(seed, key, o, name)}. */
    long ownerState(String owner) {
        return owner.equals(this.owner) ? ownerState : Hash.fold(keyState, owner);
    }

    private static long boundState(long seed, Object[] values) {
        long state = Hash.start(seed);
        for (Dimension dimension : DIMENSIONS) {
            Object bound = values[dimension.ordinal()];
            if (bound != null) {
                state = extendWith(state, dimension, bound);
            }
        }
        return state;
    }

    /** The state extended by {@code DIM=value,}, piece by piece rather than by a joined string. */
    private static long extendWith(long state, Dimension dimension, Object value) {
        return Hash.extend(Hash.extend(Hash.extend(Hash.extend(state, dimension.name()), "="), value.toString()), ",");
    }
}
