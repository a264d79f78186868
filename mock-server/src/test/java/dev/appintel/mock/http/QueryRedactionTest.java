package dev.appintel.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryRedactionTest {

    private final TokenRedaction redaction = new TokenRedaction("auth_token");

    @Test
    void replacesTheValueOfEveryTokenParameter() {
        assertThat(redaction.query("auth_token=secret&country=usa&auth_token=again"))
                .isEqualTo("auth_token=***&country=usa&auth_token=***");
    }

    @Test
    void keepsParametersThatOnlyEndWithTheName() {
        assertThat(redaction.query("my_auth_token=x&auth_token=")).isEqualTo("my_auth_token=x&auth_token=***");
    }

    @Test
    void keepsEmptyPartsAndATrailingAmpersand() {
        assertThat(redaction.query("a=1&&auth_token=s&")).isEqualTo("a=1&&auth_token=***&");
        assertThat(redaction.query("country=usa")).isEqualTo("country=usa");
    }

    @Test
    void findsTheNameByItsDecodedSpellingAndCloseOnes() {
        assertThat(redaction.query("auth%5Ftoken=s&AUTH_TOKEN=s&auth_token[]=s&Auth_Token%5B%5D=s&a=1"))
                .isEqualTo("auth%5Ftoken=***&AUTH_TOKEN=***&auth_token[]=***&Auth_Token%5B%5D=***&a=1");
        assertThat(redaction.query("auth_token%3Dsecret&a=1")).isEqualTo("auth_token=***&a=1");
        assertThat(redaction.query("auth%zztoken=s")).isEqualTo("auth%zztoken=s");
    }

    @Test
    void redactsAQueryEncodedIntoThePath() {
        assertThat(redaction.path("/v1/ios/apps%3Fauth_token=secret&a=1")).isEqualTo("/v1/ios/apps%3Fauth_token=***&a=1");
        assertThat(redaction.path("/v1/ios/apps?AUTH_TOKEN=secret")).isEqualTo("/v1/ios/apps?AUTH_TOKEN=***");
        assertThat(redaction.path("/v1/ios/apps")).isEqualTo("/v1/ios/apps");
    }
}
