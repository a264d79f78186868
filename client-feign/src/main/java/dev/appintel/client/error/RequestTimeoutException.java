package dev.appintel.client.error;

/** The connect or read timeout passed before a response arrived; retried. */
public final class RequestTimeoutException extends TransportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param cause     the timeout, its message free of the token
     */
    public RequestTimeoutException(String operation, String url, Throwable cause) {
        super(operation, url, cause);
    }
}
