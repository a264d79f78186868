package dev.appintel.client.error;

import java.util.Objects;

/**
 * The base of every failure of a call to the App Intelligence API: an error status, an I/O error
 * or a body that could not be read. Each carries the HTTP status ({@code 0} when no response
 * arrived), the operation (its operationId, e.g. {@code getApps}) and the request URL without the
 * API token. No message, URL or body text of these exceptions ever contains the token.
 */
public abstract class AppIntelligenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String operation;
    private final String url;

    /**
     * @param status    the HTTP status, or {@code 0} when no response arrived
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param detail    what went wrong, appended to the operation, status and URL
     * @param cause     the underlying failure, or {@code null}
     */
    protected AppIntelligenceException(int status, String operation, String url, String detail, Throwable cause) {
        super(message(status, operation, url, detail), cause);
        this.status = status;
        this.operation = Objects.requireNonNull(operation, "operation");
        this.url = Objects.requireNonNull(url, "url");
    }

    private static String message(int status, String operation, String url, String detail) {
        String what = status == 0 ? "no response" : "HTTP " + status;
        return operation + ": " + what + " from GET " + url + (detail.isEmpty() ? "" : ": " + detail);
    }

    /**
     * The HTTP status of the response.
     *
     * @return the status, or {@code 0} when no response arrived
     */
    public int status() {
        return status;
    }

    /**
     * The operation that failed.
     *
     * @return its operationId, e.g. {@code getApps}
     */
    public String operation() {
        return operation;
    }

    /**
     * The URL of the failed request, without the API token.
     *
     * @return the URL
     */
    public String url() {
        return url;
    }

    /**
     * Whether trying the same request again may succeed: true for 429, 5xx and I/O errors.
     *
     * @return whether a retry may help
     */
    public abstract boolean retryable();
}
