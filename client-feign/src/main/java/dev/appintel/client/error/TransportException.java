package dev.appintel.client.error;

/** An I/O error before a complete response arrived (connection refused or reset, ...); retried. */
public class TransportException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param cause     the I/O error, its message free of the token
     */
    public TransportException(String operation, String url, Throwable cause) {
        super(0, operation, url, String.valueOf(cause.getMessage()), cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
