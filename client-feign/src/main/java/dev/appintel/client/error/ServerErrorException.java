package dev.appintel.client.error;

/** HTTP 5xx: the API failed; retried. */
public final class ServerErrorException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status    the status, 500 to 599
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param detail    the API's message, if any
     */
    public ServerErrorException(int status, String operation, String url, String detail) {
        super(status, operation, url, detail, null);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
