package dev.appintel.client.error;

/** A success response whose body is not the JSON the spec describes. Not retried. */
public final class ResponseDecodingException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status    the response's status
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param detail    what could not be read, free of the token
     * @param cause     the parse or mapping error
     */
    public ResponseDecodingException(int status, String operation, String url, String detail, Throwable cause) {
        super(status, operation, url, "unreadable body: " + detail, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
