package dev.appintel.mock.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The same values put into a tree and into the writer give the same JSON. */
class JsonTreeTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aTreeWrittenOutIsWhatTheWriterWritesFromTheSameValues() {
        Consumer<JsonSink> document = sink -> {
            sink.startObject();
            sink.name(new JsonWriter.Name("apps"));
            sink.startArray();
            sink.startObject();
            sink.name("app_id");
            sink.value(JSON.numberNode(284882215L));
            sink.name("share");
            sink.value(JSON.numberNode(new BigDecimal("0.25")));
            sink.name("tags");
            sink.startArray();
            sink.endArray();
            sink.endObject();
            sink.value(JSON.nullNode());
            sink.endArray();
            sink.name("name \"quoted\"");
            sink.value(JSON.textNode("Zürich"));
            sink.endObject();
        };
        JsonTree tree = new JsonTree();
        document.accept(tree);
        JsonWriter direct = new JsonWriter(8);
        document.accept(direct);
        JsonWriter fromTree = new JsonWriter(8);
        fromTree.value(tree.root());

        assertThat(new String(fromTree.toByteArray(), UTF_8)).isEqualTo(new String(direct.toByteArray(), UTF_8))
                .isEqualTo("{\"apps\":[{\"app_id\":284882215,\"share\":0.25,\"tags\":[]},null],\"name \\\"quoted\\\"\":\"Zürich\"}");
        assertThat(tree.size()).as("a tree counts no bytes").isNegative();
        assertThat(direct.size()).isEqualTo(direct.toByteArray().length);
    }

    @Test
    void aTreeWithNothingInItHasNoRoot() {
        assertThatThrownBy(() -> new JsonTree().root()).isInstanceOf(IllegalStateException.class);
    }
}
