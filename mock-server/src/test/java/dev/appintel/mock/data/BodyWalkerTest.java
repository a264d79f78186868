package dev.appintel.mock.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.mock.api.ApiShapes;
import dev.appintel.mock.json.JsonTree;
import dev.appintel.mock.json.JsonWriter;
import dev.appintel.runtime.Field;
import dev.appintel.runtime.Limits;
import dev.appintel.runtime.ScalarKind;
import dev.appintel.runtime.Shape;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The one walk of a body puts the same values into either sink, and finishes objects that need all their values. */
class BodyWalkerTest {

    private static final Shape INTEGER = new Shape.Scalar(ScalarKind.INT64);

    @Test
    void theWriterGetsTheJsonOfTheTreeForEveryOperation() {
        ObjectPlans plans = new ObjectPlans();
        for (SpecRequests.Request request : SpecRequests.all()) {
            Shape body = request.route().reply(200).flatMap(reply -> reply.body()).orElseThrow();
            JsonTree tree = new JsonTree();
            new BodyWalker(ApiShapes::named, plans, request.facts(SpecRequests.UNIVERSE), Long.MAX_VALUE).walk(body, tree);
            JsonWriter written = new JsonWriter(1024);
            new BodyWalker(ApiShapes::named, plans, request.facts(SpecRequests.UNIVERSE), Long.MAX_VALUE).walk(body, written);
            JsonWriter fromTree = new JsonWriter(1024);
            fromTree.value(tree.root());
            assertThat(new String(written.toByteArray(), UTF_8)).as(request.operation().operationId() + " " + request.os())
                    .isEqualTo(new String(fromTree.toByteArray(), UTF_8));
        }
    }

    @Test
    void theSameRequestGivesTheSameBytes() {
        for (SpecRequests.Request request : SpecRequests.all()) {
            assertThat(write(request)).as(request.operation().operationId()).isEqualTo(write(request));
        }
    }

    @Test
    void aTotalIsTheSumOfItsPartsInBothSinks() {
        Shape.ObjectShape sales = new Shape.ObjectShape("MadeUpSales", List.of(field("iphone_units"), field("ipad_units"),
                field("unified_units")), Optional.empty());
        Function<String, Shape> shapes = name -> sales;
        RequestFacts facts = SpecRequests.all().get(0).facts(SpecRequests.UNIVERSE);

        JsonTree tree = new JsonTree();
        new BodyWalker(shapes, new ObjectPlans(), facts, Long.MAX_VALUE).walk(sales, tree);
        JsonNode node = tree.root();
        assertThat(node.get("unified_units").longValue())
                .isEqualTo(node.get("iphone_units").longValue() + node.get("ipad_units").longValue());

        JsonWriter writer = new JsonWriter(64);
        new BodyWalker(shapes, new ObjectPlans(), facts, Long.MAX_VALUE).walk(sales, writer);
        JsonWriter fromTree = new JsonWriter(64);
        fromTree.value(node);
        assertThat(writer.toByteArray()).isEqualTo(fromTree.toByteArray());
    }

    @Test
    void aListTheSpecKeepsToOnePlatformIsNullForTheOthers() {
        Shape.ObjectShape app = new Shape.ObjectShape("MadeUpApp", List.of(new Field("advisories",
                new Shape.ListOf(new Shape.Scalar(ScalarKind.STRING)), true, true, Limits.NONE, Optional.empty())),
                Optional.empty());
        for (SpecRequests.Request request : SpecRequests.all()) {
            if (!request.query().containsKey("app_ids") || request.os().isEmpty()) {
                continue;
            }
            RequestFacts facts = request.facts(SpecRequests.UNIVERSE);
            JsonTree tree = new JsonTree();
            new BodyWalker(name -> app, new ObjectPlans(), facts, Long.MAX_VALUE).walk(app, tree);
            String os = facts.app(SpecRequests.UNIVERSE.root()).os();
            assertThat(tree.root().get("advisories").isNull()).as(request.operation().operationId() + " " + os)
                    .isEqualTo(!ValueRules.platformOnly("advisories", true).orElseThrow().equals(os));
        }
        assertThat(ValueRules.platformOnly("advisories", false)).as("a list that may not be null").isEmpty();
    }

    private static String write(SpecRequests.Request request) {
        Shape body = request.route().reply(200).flatMap(reply -> reply.body()).orElseThrow();
        JsonWriter out = new JsonWriter(1024);
        new BodyWalker(ApiShapes::named, new ObjectPlans(), request.facts(SpecRequests.UNIVERSE), Long.MAX_VALUE).walk(body, out);
        return new String(out.toByteArray(), UTF_8);
    }

    private static Field field(String name) {
        return new Field(name, INTEGER, true, false, Limits.NONE, Optional.empty());
    }
}
