package dev.appintel.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryRedactionTest {

    @Test
    void replacesTheValueOfEveryTokenParameter() {
        assertThat(ApiHandler.redacted("auth_token=secret&country=usa&auth_token=again", "auth_token="))
                .isEqualTo("auth_token=***&country=usa&auth_token=***");
    }

    @Test
    void keepsParametersThatOnlyEndWithTheName() {
        assertThat(ApiHandler.redacted("my_auth_token=x&auth_token=", "auth_token="))
                .isEqualTo("my_auth_token=x&auth_token=***");
    }

    @Test
    void keepsEmptyPartsAndATrailingAmpersand() {
        assertThat(ApiHandler.redacted("a=1&&auth_token=s&", "auth_token=")).isEqualTo("a=1&&auth_token=***&");
        assertThat(ApiHandler.redacted("country=usa", "auth_token=")).isEqualTo("country=usa");
    }
}
