package dev.appintel.generator.probe;

/** The service cannot be reached at all: the probe stops, and the command line exits with 3. */
public final class ServiceUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message names the URL, without the token */
    public ServiceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
