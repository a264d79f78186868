package dev.appintel.mock.data;

/**
 * A request whose answer would be larger than the server's bounds allow; its message names the
 * parameters that drive the size and the bound, so that the server can answer 422 with it.
 */
public final class TooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is too large, what drives it, and the bound */
    public TooLargeException(String message) {
        super(message, null, false, false);
    }
}
