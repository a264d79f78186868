package dev.appintel.generator.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void aLongTokenIsMaskedWhereverItAppearsAndHoweverEncoded() {
        Redactor redactor = new Redactor("ab/c+d=ef");

        assertThat(redactor.redact("?auth_token=ab%2Fc%2Bd%3Def&x=1 and ab%2fc%2bd%3def, xab/c+d=efx, ab%2Fc%2Bd%3Def"))
                .isEqualTo("?auth_token=***&x=1 and ***, x***x, ***");
    }

    @Test
    void aShortTokenIsMaskedOnlyWhereItStandsWhole() {
        Redactor redactor = new Redactor("t");

        assertThat(redactor.redact("cannot reach http://host/?auth_token=t&x=t: connection refused"))
                .isEqualTo("cannot reach http://host/?auth_token=***&x=***: connection refused");
    }

    @Test
    void aBlankTokenHidesNothing() {
        assertThat(new Redactor("").redact("text")).isEqualTo("text");
        assertThat(new Redactor("x").redact(null)).isNull();
    }
}
