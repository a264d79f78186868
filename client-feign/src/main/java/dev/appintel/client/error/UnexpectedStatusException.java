package dev.appintel.client.error;

/** Any other status that is not a success (400, 404, a redirect, ...). Not retried. */
public final class UnexpectedStatusException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status    the status
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param detail    the API's message, if any
     */
    public UnexpectedStatusException(int status, String operation, String url, String detail) {
        super(status, operation, url, detail, null);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
