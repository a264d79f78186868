package dev.appintel.client.error;

/** HTTP 403: the token is not authorized for this data, or a quota is exhausted. Not retried. */
public final class ForbiddenException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param detail    the API's message
     */
    public ForbiddenException(String operation, String url, String detail) {
        super(403, operation, url, detail, null);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
