package dev.appintel.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor("a b+c", "auth_token");

    @Test
    void theTokenItsEncodedFormAndAnyValueOfTheKeyAreMasked() {
        assertThat(redactor.redact("x a b+c y a%20b%2Bc z ?auth_token=other&q=1 auth_token=\"quoted\""))
                .isEqualTo("x *** y *** z ?auth_token=***&q=1 auth_token=***\"quoted\"");
        assertThat(redactor.redact(null)).isNull();
    }

    @Test
    void aShortTokenIsMaskedWhereItStandsWholeNotInsideOtherWords() {
        Redactor shortToken = new Redactor("t", "auth_token");

        assertThat(shortToken.redact("GET https://api.example/v1/ios/apps?country=US&auth_token=t (token t)"))
                .isEqualTo("GET https://api.example/v1/ios/apps?country=US&auth_token=*** (token ***)");
    }

    @Test
    void anIoErrorThatLeaksIsReplacedByOneOfTheSameTimeoutKind() {
        IOException leaking = new HttpTimeoutException("timed out: http://h/?auth_token=a%20b%2Bc");
        IOException clean = new IOException("connection refused");

        assertThat(redactor.redactError(leaking)).isInstanceOf(HttpTimeoutException.class).hasMessage("timed out: http://h/?auth_token=***")
                .hasNoCause();
        assertThat(redactor.redactError(clean)).isSameAs(clean);
    }
}
