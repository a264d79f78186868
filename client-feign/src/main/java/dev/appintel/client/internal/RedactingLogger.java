package dev.appintel.client.internal;

import feign.Request;
import feign.Response;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's request and response log, written to SLF4J at {@code DEBUG} under
 * {@code dev.appintel.client.http}, every line redacted. The URLs Feign logs never hold the token
 * (it is added as requests leave, see {@link TokenClient}); redaction also catches a token echoed in
 * a header or a body.
 */
public final class RedactingLogger extends feign.Logger {

    /** The SLF4J logger name of the HTTP log. */
    public static final String NAME = "dev.appintel.client.http";

    private final Logger log;
    private final Redactor redactor;

    /** @param redactor the token's redactor */
    public RedactingLogger(Redactor redactor) {
        this.log = LoggerFactory.getLogger(NAME);
        this.redactor = redactor;
    }

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        if (log.isDebugEnabled()) {
            super.logRequest(configKey, logLevel, request);
        }
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        return log.isDebugEnabled() ? super.logAndRebufferResponse(configKey, logLevel, response, elapsedTime) : response;
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (log.isDebugEnabled()) {
            log.debug(redactor.redact(String.format(methodTag(configKey) + format, args)));
        }
    }
}
