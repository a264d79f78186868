package dev.appintel.mock.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written writer gives the bytes jackson-core's generator gives for the same tree. */
class JsonWriterTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper JACKSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build());

    @Test
    void writesEveryKindOfNodeAsTheGeneratorDoes() throws IOException {
        ObjectNode tree = JSON.objectNode();
        tree.put("text", "plain").put("empty", "").put("int", -42).put("long", Long.MIN_VALUE)
                .put("max", Long.MAX_VALUE).put("zero", 0).put("yes", true).put("no", false).putNull("nothing");
        tree.put("decimals", JSON.arrayNode().add(new BigDecimal("0.0500")).add(new BigDecimal("-0.5"))
                .add(new BigDecimal("123456.78")).add(new BigDecimal("1E+3")).add(new BigDecimal("-12"))
                .add(new BigDecimal("12345678901234567890.123456789")).add(new BigDecimal("-0.000000000000000001"))
                .add(BigDecimal.ZERO.setScale(2)));
        tree.put("others", JSON.arrayNode().add(new BigInteger("123456789012345678901234567890")).add(1.5d)
                .add(Double.NaN).add(Float.POSITIVE_INFINITY).add(2.25f).add(1e-7d));
        tree.put("escapes", "quote \" backslash \\ slash / tab \t newline \n return \r\b\f nul \u0000 unit \u001f del \u007f");
        tree.put("unicode", "caf\u00e9 \u20ac \u4e2d \ud83d\ude00 lone \ud800 end \udc00");
        tree.set("nested", JSON.arrayNode().add(JSON.objectNode()).add(JSON.arrayNode())
                .add(JSON.objectNode().set("k\u00e9y \"q\"", JSON.arrayNode().add(1).add("a"))));
        tree.put("na\nme", 1);

        assertEquals(jackson(tree), new String(written(new JsonWriter(4), tree), StandardCharsets.UTF_8));
    }

    @Test
    void writesRandomTextAsTheGeneratorDoes() throws IOException {
        Random random = new Random(7);
        JsonWriter writer = new JsonWriter(16);
        for (int round = 0; round < 2_000; round++) {
            ArrayNode tree = JSON.arrayNode();
            for (int i = 0; i < 5; i++) {
                StringBuilder text = new StringBuilder();
                for (int length = random.nextInt(40); length > 0; length--) {
                    // mostly ASCII with controls, some Latin-1, some of the rest of the 16-bit range
                    int pick = random.nextInt(10);
                    text.append((char) (pick < 6 ? random.nextInt(128) : pick < 8 ? random.nextInt(256)
                            : random.nextInt(0x10000)));
                }
                tree.add(text.toString());
                tree.add(BigDecimal.valueOf(random.nextLong() % 1_000_000_000L, random.nextInt(8)));
                tree.add(random.nextLong());
            }
            assertArrayEquals(jackson(tree).getBytes(StandardCharsets.UTF_8), written(writer, tree), tree.toString());
        }
    }

    @Test
    void writesValuesOneByOneAsTheTreeTheyMake() throws IOException {
        JsonWriter writer = new JsonWriter(8);
        writer.startObject();
        writer.name("rows");
        writer.startArray();
        writer.startObject();
        writer.name("id");
        writer.value(JSON.numberNode(1));
        writer.name("tags");
        writer.startArray();
        writer.endArray();
        writer.name("empty");
        writer.startObject();
        writer.endObject();
        writer.endObject();
        writer.value(JSON.objectNode().put("id", 2));
        writer.value(JSON.textNode("three"));
        writer.endArray();
        writer.name("total");
        writer.value(JSON.numberNode(new BigDecimal("3.50")));
        writer.endObject();

        ObjectNode tree = JSON.objectNode();
        tree.putArray("rows").add(JSON.objectNode().put("id", 1).<ObjectNode>set("tags", JSON.arrayNode())
                .set("empty", JSON.objectNode())).add(JSON.objectNode().put("id", 2)).add("three");
        tree.put("total", new BigDecimal("3.50"));
        assertEquals(jackson(tree), new String(writer.toByteArray(), StandardCharsets.UTF_8));

        writer.reset();
        writer.value(JSON.arrayNode().add(1));
        assertEquals("[1]", new String(writer.toByteArray(), StandardCharsets.UTF_8), "reset forgets the document");
    }

    @Test
    void namesKeptForTreesNeverMixUp() throws IOException {
        // more names than the writer keeps, many sharing slots, each written several times
        ObjectNode tree = JSON.objectNode();
        for (int i = 0; i < 5_000; i++) {
            tree.put("name" + (i * 7_919 % 5_000), i);
        }
        tree.put("Aa", 1).put("BB", 2);
        JsonWriter writer = new JsonWriter(16);
        for (int round = 0; round < 3; round++) {
            assertEquals(jackson(tree), new String(written(writer, tree), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aNameWrittenOnceIsWrittenAsItsText() throws IOException {
        JsonWriter writer = new JsonWriter(4);
        writer.startObject();
        writer.name(new JsonWriter.Name("caf\u00e9 \"q\""));
        writer.value(JSON.numberNode(1));
        writer.name(new JsonWriter.Name("second"));
        writer.value(JSON.nullNode());
        writer.endObject();
        assertEquals(jackson(JSON.objectNode().put("caf\u00e9 \"q\"", 1).putNull("second")),
                new String(writer.toByteArray(), StandardCharsets.UTF_8));
    }

    private static byte[] written(JsonWriter writer, JsonNode tree) {
        writer.reset();
        writer.value(tree);
        return writer.toByteArray();
    }

    private static String jackson(JsonNode tree) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JACKSON.getFactory().createGenerator(out)) {
            JACKSON.writeTree(generator, tree);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
