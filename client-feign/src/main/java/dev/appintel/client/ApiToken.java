package dev.appintel.client;

import java.util.Objects;

/**
 * The API token, kept out of every printed form: {@link #toString()} is {@code ApiToken[***]}.
 * Only the client reads the secret, to add it to requests as they leave.
 */
public final class ApiToken {

    private final String secret;

    private ApiToken(String secret) {
        this.secret = secret;
    }

    /**
     * Wraps a token.
     *
     * @param secret the token as issued
     * @return the wrapped token
     * @throws IllegalArgumentException when it is blank
     */
    public static ApiToken of(String secret) {
        Objects.requireNonNull(secret, "token");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("the API token is blank");
        }
        return new ApiToken(secret);
    }

    /**
     * The token itself; never log or print it.
     *
     * @return the secret
     */
    public String secret() {
        return secret;
    }

    /** Redacted, so that the token never reaches a log through a configuration's {@code toString()}. */
    @Override
    public String toString() {
        return "ApiToken[***]";
    }
}
