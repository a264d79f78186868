package dev.appintel.client.internal;

import dev.appintel.runtime.QueryString;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Takes the API token out of text: the token as issued, its percent-encoded form, and any value
 * of the key's query parameter become {@code ***}. Every log line and exception message of the
 * client passes through here. The token is masked where it stands whole, not where it is part of
 * a longer word: a short token such as {@code t} must not turn {@code https} into {@code h***ps}.
 */
public final class Redactor {

    static final String MASK = "***";

    /** The characters a token and the words around it are made of: a token is whole between others. */
    private static final String WORD = "[A-Za-z0-9._~-]";

    private final Pattern whole;
    private final Pattern keyValue;

    /**
     * @param secret  the token
     * @param keyName the query parameter that carries it, e.g. {@code auth_token}
     */
    public Redactor(String secret, String keyName) {
        Objects.requireNonNull(secret, "secret");
        this.whole = Pattern.compile("(?<!" + WORD + ")(?:" + Pattern.quote(secret) + "|"
                + Pattern.quote(QueryString.encode(secret)) + ")(?!" + WORD + ")");
        this.keyValue = Pattern.compile("(" + Pattern.quote(QueryString.encode(keyName)) + "=)[^&\\s\"']*");
    }

    /**
     * The text without the token.
     *
     * @param text any text, possibly {@code null}
     * @return the redacted text; {@code null} stays {@code null}
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = whole.matcher(text).replaceAll(MASK);
        return keyValue.matcher(out).replaceAll("$1" + MASK);
    }

    /**
     * An I/O error safe to show: the same one when no message in its causes holds the token,
     * otherwise a new one of the same timeout kind with the redacted message and no cause.
     *
     * @param error the error
     * @return an error free of the token
     */
    public IOException redactError(IOException error) {
        if (!leaks(error)) {
            return error;
        }
        String message = redact(error.getMessage());
        IOException clean = error instanceof HttpTimeoutException ? new HttpTimeoutException(message)
                : error instanceof SocketTimeoutException ? new SocketTimeoutException(message) : new IOException(message);
        clean.setStackTrace(error.getStackTrace());
        return clean;
    }

    private boolean leaks(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            String message = current.getMessage();
            if (message != null && !message.equals(redact(message))) {
                return true;
            }
        }
        return false;
    }
}
