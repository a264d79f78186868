package dev.appintel.runtime;

/**
 * A generated enum: the constants the spec lists, plus any other value the API sends, kept with
 * its wire value so that it is written back as received. Values the client does not know cannot
 * be sent ({@link QueryValues#format}).
 */
public interface OpenEnum {

    /**
     * The value on the wire.
     *
     * @return the wire value, never {@code null}
     */
    Object value();

    /**
     * Whether the value is one of the constants the spec lists.
     *
     * @return {@code true} for a constant, {@code false} for a value the client does not know
     */
    boolean isKnown();
}
