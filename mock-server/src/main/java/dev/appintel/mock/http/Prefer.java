package dev.appintel.mock.http;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Prefer} request header, as mock servers read it: {@code code=422} asks for that
 * status with its declared example body, {@code example=android} for the 200's example of that
 * name, exactly as written in the spec.
 *
 * @param code    the status asked for
 * @param example the example asked for
 */
record Prefer(Optional<Integer> code, Optional<String> example) {

    static final Prefer NONE = new Prefer(Optional.empty(), Optional.empty());

    /**
     * Reads the header.
     *
     * @throws InterimStatusException   when {@code code} is a 1xx status
     * @throws IllegalArgumentException when {@code code} is not a status from 100 to 599
     */
    static Prefer parse(String header) {
        Optional<Integer> code = Optional.empty();
        Optional<String> example = Optional.empty();
        for (String preference : header.split("[,;]")) {
            String[] pair = preference.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            String value = pair[1].trim().replace("\"", "");
            switch (pair[0].trim().toLowerCase(Locale.ROOT)) {
                case "code" -> code = Optional.of(status(value));
                case "example" -> example = Optional.of(value);
                default -> {
                    // Other preferences (return=minimal, ...) do not concern a mock.
                }
            }
        }
        return new Prefer(code, example);
    }

    private static int status(String value) {
        try {
            int status = Integer.parseInt(value);
            if (status >= 100 && status <= 199) {
                throw new InterimStatusException("Prefer: code=" + value + " is an interim (1xx) status, which cannot"
                        + " be the answer to a request; ask for one from 200 to 599");
            }
            if (status >= 200 && status <= 599) {
                return status;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Prefer: code=" + value + " is not an HTTP status from 200 to 599");
    }

    /**
     * A well-formed status that cannot be answered: Undertow would send a 1xx and then nothing,
     * leaving the client waiting for the final answer.
     */
    static final class InterimStatusException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InterimStatusException(String message) {
            super(message);
        }
    }
}
