package dev.appintel.mock.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.mock.api.ApiShapes;
import dev.appintel.runtime.Field;
import dev.appintel.runtime.Limits;
import dev.appintel.runtime.ScalarKind;
import dev.appintel.runtime.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The value rules: one table whose order is the precedence, applied to made-up shapes (so that
 * the test does not depend on today's spec) and to every property of the generated catalog.
 */
class ValueRulesTest {

    private static final Shape STRING = new Shape.Scalar(ScalarKind.STRING);
    private static final Shape INTEGER = new Shape.Scalar(ScalarKind.INT64);

    @Test
    void everyKindInEveryPlaceEndsInARuleThatAlwaysHolds() {
        for (ScalarKind kind : ScalarKind.values()) {
            for (ValueRules.Place place : ValueRules.Place.values()) {
                ValueRules.Choice choice = ValueRules.choose(target("no_rule_names_this", new Shape.Scalar(kind),
                        owner(), place));
                assertThat(choice.rules()).as(kind + " " + place).isNotEmpty();
            }
        }
    }

    @Test
    void everyPropertyOfTheCatalogIsMadeByRulesInTableOrder() {
        List<String> table = ValueRules.rules().stream().map(ValueRules.ValueRule::what).toList();
        int properties = 0;
        for (Shape shape : ApiShapes.all().values()) {
            if (!(shape instanceof Shape.ObjectShape object)) {
                continue;
            }
            for (Field field : object.fields()) {
                Shape resolved = field.shape() instanceof Shape.Ref ref ? ApiShapes.named(ref.schemaName()) : field.shape();
                if (!ValueRules.isScalar(resolved)) {
                    continue;
                }
                List<String> chosen = ValueRules.choose(new ValueRules.Target(new Slot(field.name(), field.limits(),
                        object.schemaName()), resolved, object, ValueRules.Place.PROPERTY, field.nullable())).rules();
                List<Integer> positions = chosen.stream().map(table::indexOf).toList();
                assertThat(positions).as(object.schemaName() + "." + field.name()).isSorted().doesNotHaveDuplicates();
                properties++;
            }
        }
        assertThat(properties).isPositive();
    }

    @Test
    void aBoundDimensionComesBeforeTheRequestsValueWhichComesBeforeTheNameTable() {
        SpecRequests.Request request = SpecRequests.all().stream().filter(candidate -> candidate.route().param("country").isPresent()
                && candidate.query().containsKey("country")).findFirst().orElse(null);
        assumeThat(request).as("an operation with a country parameter").isNotNull();
        String asked = request.query().get("country");
        String other = asked.equals("DE") ? "FR" : "DE";
        RequestFacts facts = request.facts(SpecRequests.UNIVERSE);
        RequestFacts without = SpecRequests.all().stream().filter(candidate -> candidate.route().param("country").isEmpty())
                .findFirst().orElseThrow().facts(SpecRequests.UNIVERSE);
        ValueRules.Choice country = ValueRules.choose(target("country", STRING, owner("country"), ValueRules.Place.PROPERTY));
        Scope root = SpecRequests.UNIVERSE.root();

        assertThat(country.make(facts, root.bind(Dimension.COUNTRY, other)).asText()).as("bound by a row").isEqualTo(other);
        assertThat(country.make(facts, root).asText()).as("the request's value").isEqualTo(asked);
        String byName = country.make(without, root).asText();
        assertThat(byName).as("from the name table").isNotEqualTo(other);
        assertThat(country.rules().get(country.rules().size() - 1)).contains("country");
    }

    @Test
    void theShapeComesBeforeTheName() {
        Shape.Enumeration allowed = new Shape.Enumeration("Kinds", ScalarKind.STRING, List.of("first_kind", "second_kind"));
        RequestFacts facts = anyRequest();
        JsonNode value = ValueRules.choose(target("publisher_name", allowed, owner("publisher_name"), ValueRules.Place.PROPERTY))
                .make(facts, SpecRequests.UNIVERSE.root());
        assertThat(allowed.values()).contains(value.asText());
    }

    @Test
    void aHumanizedTextComesFromItsFigureNotFromTheStringRules() {
        Shape.ObjectShape humanized = new Shape.ObjectShape("Shown", List.of(field("downloads", INTEGER),
                field("downloads_rounded", INTEGER), field("units", STRING), field("string", STRING)), Optional.empty());
        RequestFacts facts = anyRequest();
        Scope scope = SpecRequests.UNIVERSE.root();
        long figure = ValueRules.choose(target("downloads", INTEGER, humanized, ValueRules.Place.PROPERTY)).make(facts, scope)
                .longValue();
        String text = ValueRules.choose(target("string", STRING, humanized, ValueRules.Place.PROPERTY)).make(facts, scope).asText();
        assertThat(text).isEqualTo(Humanized.of(figure, false).text());
    }

    @Test
    void numbersStayWithinTheirLimits() {
        Limits limits = new Limits(Optional.empty(), Optional.of(new BigDecimal("5")), Optional.of(new BigDecimal("6")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        ValueRules.Choice choice = ValueRules.choose(new ValueRules.Target(new Slot("downloads", limits, "Limited"), INTEGER,
                owner("downloads"), ValueRules.Place.PROPERTY, false));
        Scope root = SpecRequests.UNIVERSE.root();
        for (int i = 0; i < 50; i++) {
            assertThat(choice.make(anyRequest(), root.row(i)).longValue()).isBetween(5L, 6L);
        }
    }

    private static RequestFacts anyRequest() {
        return SpecRequests.all().get(0).facts(SpecRequests.UNIVERSE);
    }

    private static ValueRules.Target target(String name, Shape shape, Shape.ObjectShape owner, ValueRules.Place place) {
        return new ValueRules.Target(new Slot(name, Limits.NONE, owner.schemaName()), shape, owner, place, false);
    }

    private static Shape.ObjectShape owner(String... strings) {
        List<Field> fields = new ArrayList<>();
        for (String name : strings) {
            fields.add(field(name, STRING));
        }
        return new Shape.ObjectShape("Made", fields, Optional.empty());
    }

    private static Field field(String name, Shape shape) {
        return new Field(name, shape, true, false, Limits.NONE, Optional.empty());
    }
}
