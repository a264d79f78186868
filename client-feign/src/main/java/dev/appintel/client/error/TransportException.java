package dev.appintel.client.error;

/**
 * An I/O error before a complete response arrived (connection refused or reset, ...); retried.
 * Its message says what happened even when the I/O error has no message of its own, as the JDK's
 * HTTP client's refused connections have not: {@code connection refused}, {@code unknown host}.
 */
public class TransportException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param cause     the I/O error, its message free of the token
     */
    public TransportException(String operation, String url, Throwable cause) {
        super(0, operation, url, describe(cause), cause);
    }

    /** What happened, named by the kind of error found among the causes, with the first message there is. */
    static String describe(Throwable cause) {
        String kind = null;
        String message = null;
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (kind == null) {
                kind = kind(current);
            }
            if (message == null && current.getMessage() != null && !current.getMessage().isBlank()) {
                message = current.getMessage();
            }
        }
        if (kind == null) {
            kind = "I/O error (" + cause.getClass().getSimpleName() + ")";
        }
        return message == null || message.equalsIgnoreCase(kind) ? kind : kind + ": " + message;
    }

    private static String kind(Throwable error) {
        if (error instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (error instanceof java.net.UnknownHostException || error instanceof java.nio.channels.UnresolvedAddressException) {
            return "unknown host";
        }
        if (error instanceof java.net.NoRouteToHostException) {
            return "no route to host";
        }
        if (error instanceof java.io.EOFException) {
            return "connection closed before a complete response";
        }
        return null;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
