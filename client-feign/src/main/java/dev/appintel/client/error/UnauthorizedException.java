package dev.appintel.client.error;

/** HTTP 401: the API token is missing or invalid. Not retried. */
public final class UnauthorizedException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param detail    the API's message
     */
    public UnauthorizedException(String operation, String url, String detail) {
        super(401, operation, url, detail, null);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
