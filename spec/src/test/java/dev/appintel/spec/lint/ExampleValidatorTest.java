package dev.appintel.spec.lint;

import static dev.appintel.spec.SpecFixture.readYaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.lint.ExampleValidator.Mismatch;
import org.junit.jupiter.api.Test;

class ExampleValidatorTest {

    private final ExampleValidator validator = new ExampleValidator(readYaml("""
            components:
              schemas:
                Day:
                  type: object
                  x-provisional: true
                  additionalProperties: false
                  required: [date, count]
                  properties:
                    date: {type: string, format: date}
                    count: {type: integer, nullable: true}
                    label: {type: string}
                    tags: {type: array, items: {type: string}}
            """));
    private final JsonNode day = readYaml("$ref: '#/components/schemas/Day'");

    @Test
    void understandsOpenApi30Schemas() {
        assertThat(validator.validate(day, readYaml("{date: '2024-01-31', count: null}"))).isEmpty();
        assertThat(validator.validate(day, readYaml("{date: '2024-01-31', count: 1, x: 1}")))
                .extracting(Mismatch::message).anyMatch(message -> message.contains("'x'"));
        assertThat(validator.validate(day, readYaml("{date: '2024-13-45', count: 1}")))
                .extracting(Mismatch::instancePointer).containsExactly("/date");
        assertThat(validator.validate(day, readYaml("{date: '2024-01-31', count: 1, label: null}")))
                .extracting(Mismatch::instancePointer).containsExactly("/label");
    }

    @Test
    void pointsInsideTheInstance() {
        assertThat(validator.validate(day, readYaml("{date: '2024-01-31', count: 1, tags: [a, 2]}")))
                .containsExactly(new Mismatch("/tags/1", "integer found, string expected"));
    }

    @Test
    void namesAnUnusableSchema() {
        assertThat(validator.validate(readYaml("$ref: '#/components/schemas/Gone'"), readYaml("{}")))
                .containsExactly(
                        new Mismatch("", "invalid schema: Reference /components/schemas/Gone cannot be resolved"));
        assertThat(validator.validate(readYaml("[]"), readYaml("{}")))
                .containsExactly(new Mismatch("", "no schema to validate against"));
    }
}
