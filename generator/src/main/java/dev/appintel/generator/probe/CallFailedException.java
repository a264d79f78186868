package dev.appintel.generator.probe;

/** One call got no answer (a timeout, a connection closed midway); the probe goes on with the next. */
public final class CallFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what happened, without the token */
    public CallFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
