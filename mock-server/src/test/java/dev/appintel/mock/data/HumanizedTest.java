package dev.appintel.mock.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.mock.api.ApiShapes;
import dev.appintel.runtime.Shape;
import dev.appintel.spec.testing.SpecDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A humanized figure's rounded form, unit and text agree with the figure: in the rule itself, in
 * the spec's own examples, in every body of every operation under many seeds, and for one app
 * across requests.
 */
class HumanizedTest {

    private static final List<String> UNITS = List.of("", "k", "m", "b");

    @Test
    void theRoundedFormIsTheFigureOverTheUnitOfItsMagnitude() {
        Random random = new Random(17);
        for (int i = 0; i < 100_000; i++) {
            long figure = (long) Math.pow(10, random.nextDouble() * 12);
            boolean money = random.nextBoolean();
            Humanized shown = Humanized.of(figure, money);
            long unit = (long) Math.pow(1000, UNITS.indexOf(shown.units()));
            assertThat(UNITS).contains(shown.units());
            assertThat(shown.rounded()).as("%d", figure).isEqualTo(Math.round((double) figure / unit));
            if (figure >= 1000) {
                assertThat(shown.rounded()).as("%d", figure).isBetween(1L, shown.units().equals("b") ? Long.MAX_VALUE : 999L);
                if (!shown.units().equals("k")) {
                    assertThat(Math.round((double) figure / (unit / 1000))).as("in the unit below: %d", figure)
                            .isGreaterThanOrEqualTo(1000);
                }
            } else {
                assertThat(shown.units()).isEmpty();
            }
            assertThat(shown.prefix()).isEqualTo(money ? "$" : null);
            assertThat(shown.text()).isEqualTo((money ? "$" : "") + shown.rounded() + shown.units());
        }
    }

    @Test
    void theSpecsExamplesFollowTheRuleWhereTheirPrefixIsOneItMakes() {
        List<JsonNode> examples = new ArrayList<>();
        eachObject(SpecDocument.document(), node -> {
            if (figureName(node).isPresent()) {
                examples.add(node);
            }
        });
        // "< $" (below a unit) is a prefix the spec allows and the mock does not make
        List<JsonNode> checked = examples.stream().filter(node -> node.path("prefix").isNull()
                || node.path("prefix").asText().equals("$")).toList();
        assertThat(checked).as("humanized examples in the spec").hasSizeGreaterThanOrEqualTo(
                humanizedSchemas().isEmpty() ? 0 : 1);
        checked.forEach(HumanizedTest::assertCoherent);
    }

    @Test
    void everyHumanizedObjectOfEveryBodyAgreesWithItsFigure() {
        int found = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Universe universe = new Universe(seed, LocalDate.of(2025, 6, 30));
            ResponseSynthesizer synthesizer = new ResponseSynthesizer(ApiShapes::named, universe);
            for (SpecRequests.Request request : SpecRequests.all()) {
                List<JsonNode> humanized = new ArrayList<>();
                eachObject(synthesizer.body(request.route(), request.bound()), node -> {
                    if (figureName(node).isPresent()) {
                        humanized.add(node);
                    }
                });
                humanized.forEach(HumanizedTest::assertCoherent);
                found += humanized.size();
            }
        }
        assertThat(found).as("humanized objects in bodies").isGreaterThanOrEqualTo(humanizedSchemas().isEmpty() ? 0 : 40);
    }

    @Test
    void anAppsFiguresAreTheSameWhetherAskedAloneOrBesideAnother() {
        ResponseSynthesizer synthesizer = new ResponseSynthesizer(ApiShapes::named, SpecRequests.UNIVERSE);
        List<SpecRequests.Request> requests = SpecRequests.all().stream().filter(request -> request.query().containsKey("app_ids"))
                .toList();
        int compared = 0;
        for (SpecRequests.Request request : requests) {
            String first = request.query().get("app_ids").split(",")[0];
            // another id this operation accepts: the first of another operation's request
            Optional<SpecRequests.Request> beside = requests.stream().map(candidate -> candidate.query().get("app_ids").split(",")[0])
                    .filter(id -> !id.equals(first)).distinct().map(id -> accepted(request, first + "," + id))
                    .flatMap(Optional::stream).findFirst();
            if (beside.isEmpty()) {
                continue;
            }
            List<JsonNode> alone = figures(synthesizer.body(request.route(), request.with("app_ids", first).bound()));
            List<JsonNode> both = figures(synthesizer.body(request.route(), beside.get().bound()));
            // the first app's objects come first in both bodies
            for (int i = 0; i < alone.size(); i++) {
                assertThat(both.get(i)).as(request.operation().operationId()).isEqualTo(alone.get(i));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(humanizedSchemas().isEmpty() ? 0 : 1);
    }

    private static Optional<SpecRequests.Request> accepted(SpecRequests.Request request, String appIds) {
        try {
            return Optional.of(request.with("app_ids", appIds));
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    private static List<JsonNode> figures(JsonNode body) {
        List<JsonNode> found = new ArrayList<>();
        eachObject(body, node -> figureName(node).ifPresent(name -> found.add(node)));
        return found;
    }

    private static void assertCoherent(JsonNode node) {
        String figure = figureName(node).orElseThrow();
        long value = node.get(figure).longValue();
        String prefix = node.path("prefix").isTextual() ? node.get("prefix").asText() : "";
        Humanized expected = Humanized.of(value, !prefix.isEmpty());
        assertThat(node.get(figure + "_rounded").longValue()).as(node.toString()).isEqualTo(expected.rounded());
        assertThat(node.get("units").asText()).as(node.toString()).isEqualTo(expected.units());
        assertThat(node.get("string").asText()).as(node.toString())
                .isEqualTo(prefix + node.get(figure + "_rounded").asText() + node.get("units").asText());
    }

    /** The figure of a humanized object: {@code x} beside {@code x_rounded}, {@code units} and {@code string}. */
    private static Optional<String> figureName(JsonNode node) {
        if (!node.isObject() || !node.has("units") || !node.has("string")) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(name -> name.endsWith("_rounded"))
                .map(name -> name.substring(0, name.length() - "_rounded".length())).filter(node::has).findFirst();
    }

    private static List<String> humanizedSchemas() {
        return ApiShapes.all().entrySet().stream().filter(entry -> entry.getValue() instanceof Shape.ObjectShape object
                && Humanized.figure(object).isPresent()).map(Map.Entry::getKey).toList();
    }

    private static void eachObject(JsonNode node, Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
        }
        node.forEach(child -> eachObject(child, visit));
    }
}
