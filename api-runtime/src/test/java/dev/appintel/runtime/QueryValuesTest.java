package dev.appintel.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text of parameter values before they are encoded. */
class QueryValuesTest {

    /** An enum as the generator writes one, reduced to what the rule reads. */
    private record Color(String value, boolean isKnown) implements OpenEnum {
        @Override
        public String toString() {
            return value;
        }
    }

    @Test
    void datesAreIsoAndDecimalsHaveNoExponent() {
        assertThat(QueryValues.format(LocalDate.of(2024, 1, 31))).isEqualTo("2024-01-31");
        assertThat(QueryValues.format(1.5e10)).isEqualTo("15000000000");
        assertThat(QueryValues.format(0.25f)).isEqualTo("0.25");
        assertThat(QueryValues.format(42)).isEqualTo("42");
    }

    @Test
    void aKnownEnumIsItsWireValueAndAnUnknownOneCannotBeSent() {
        assertThat(QueryValues.format(new Color("dark-red", true))).isEqualTo("dark-red");
        assertThatThrownBy(() -> QueryValues.format(new Color("ultraviolet", false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Color value ultraviolet is not one this client knows and cannot be sent");
    }
}
