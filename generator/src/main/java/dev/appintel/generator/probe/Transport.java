package dev.appintel.generator.probe;

/**
 * Sends one request of the probe to the service and returns its answer, whatever the status.
 * Implementations add the credentials; nothing they throw or return may contain the token unmasked.
 */
public interface Transport {

    /**
     * Sends {@code request} once.
     *
     * @throws ServiceUnreachableException when no connection to the service can be made
     * @throws CallFailedException         when this call got no answer (a timeout, a broken connection)
     */
    Answer send(ProbeRequest request);

    /**
     * An answer of the service.
     *
     * @param status      the HTTP status
     * @param contentType the {@code Content-Type} header, {@code ""} when absent
     * @param retryAfter  the {@code Retry-After} header, {@code ""} when absent
     * @param body        the body's bytes
     */
    record Answer(int status, String contentType, String retryAfter, byte[] body) {
    }
}
