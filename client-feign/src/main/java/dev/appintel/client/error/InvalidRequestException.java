package dev.appintel.client.error;

import java.util.Objects;

/**
 * A call that breaks the spec's constraints (a missing required parameter, a value outside its
 * enum or pattern, too many ids, a start after the end, a date before the earliest the API has or
 * on the wrong day of the month); thrown before any request is sent.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String parameter;

    /**
     * @param operation the operationId
     * @param parameter the wire name of the parameter at fault
     * @param problem   what is wrong with it
     */
    public InvalidRequestException(String operation, String parameter, String problem) {
        super(operation + ": parameter " + parameter + " " + problem);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.parameter = Objects.requireNonNull(parameter, "parameter");
    }

    /**
     * The operation called.
     *
     * @return its operationId
     */
    public String operation() {
        return operation;
    }

    /**
     * The parameter at fault.
     *
     * @return its wire name, e.g. {@code start_date}
     */
    public String parameter() {
        return parameter;
    }
}
