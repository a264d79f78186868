package dev.appintel.client.error;

import java.util.List;

/** HTTP 422: the API rejected the parameters; {@link #errors()} has every reason it gave. Not retried. */
public final class ValidationFailedException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    /**
     * @param operation the operationId
     * @param url       the request URL, without the token
     * @param errors    the {@code title} of every entry of the body's {@code errors}
     */
    public ValidationFailedException(String operation, String url, List<String> errors) {
        super(422, operation, url, String.join("; ", errors), null);
        this.errors = List.copyOf(errors);
    }

    /**
     * The API's reasons, in its order.
     *
     * @return the {@code errors[].title} values; empty when the body had none
     */
    public List<String> errors() {
        return errors;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
