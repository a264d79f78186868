package dev.appintel.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The client's mapper changes no value: what would need converting fails instead. */
class JsonMappersTest {

    private final ObjectMapper mapper = JsonMappers.create();

    @Test
    void aFractionInAnIntegerFails() {
        assertThatThrownBy(() -> mapper.readValue("135.6", Integer.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("135.6");
        assertThatThrownBy(() -> mapper.readValue("135.6", Long.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aNumberOrBooleanInATextFails() {
        assertThatThrownBy(() -> mapper.readValue("0", String.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("1.5", String.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("true", String.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aNumberInADateFails() {
        assertThatThrownBy(() -> mapper.readValue("0", LocalDate.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("0", OffsetDateTime.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("1.5", OffsetDateTime.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("1.5");
    }

    @Test
    void valuesOfTheirOwnKindStillRead() throws Exception {
        assertThat(mapper.readValue("135", Integer.class)).isEqualTo(135);
        assertThat(mapper.readValue("\"0\"", String.class)).isEqualTo("0");
        assertThat(mapper.readValue("\"2024-01-31\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(mapper.readValue("\"2024-01-31T10:00:00Z\"", OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.parse("2024-01-31T10:00:00Z"));
        assertThat(mapper.readValue("1.5", Double.class)).isEqualTo(1.5);
        assertThat(mapper.readValue("2", Double.class)).isEqualTo(2.0);
    }
}
