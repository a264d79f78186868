package dev.appintel.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.appintel.generator.TestSpecs;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Specs past YAML's default size limit (about 3 MiB of code points): the fixture spec with its
 * paths repeated under new names until the text is bigger than that, written as YAML and as JSON.
 */
class LargeSpecTest {

    private static final int COPIES = 34;
    private static int operations;
    private static String yaml;
    private static String json;

    @BeforeAll
    static void repeatThePaths() throws Exception {
        ObjectMapper yamlMapper = new ObjectMapper(new YAMLFactory());
        ObjectNode spec = (ObjectNode) yamlMapper.readTree(TestSpecs.text());
        ObjectNode paths = (ObjectNode) spec.path("paths");
        List<Map.Entry<String, JsonNode>> originals = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            originals.add(it.next());
        }
        for (int copy = 1; copy < COPIES; copy++) {
            for (Map.Entry<String, JsonNode> path : originals) {
                ObjectNode item = path.getValue().deepCopy();
                ObjectNode get = (ObjectNode) item.path("get");
                get.put("operationId", get.path("operationId").asText() + "Copy" + copy);
                paths.set("/copy" + copy + path.getKey(), item);
            }
        }
        operations = paths.size();
        yaml = yamlMapper.writeValueAsString(spec);
        json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(spec);
        assertThat(yaml.length()).isGreaterThan(YamlLimits.DEFAULT_CODE_POINTS);
        assertThat(json.length()).isGreaterThan(YamlLimits.DEFAULT_CODE_POINTS);
    }

    @Test
    void aYamlSpecPastTheDefaultLimitIsReadWhole() {
        ApiModel model = new ModelBuilder().build(new SpecLoader().load("large.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(model.operations()).hasSize(operations);
    }

    @Test
    void aJsonSpecPastTheDefaultLimitIsReadAsJson() {
        ApiModel model = new ModelBuilder().build(new SpecLoader().load("large.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(model.operations()).hasSize(operations);
    }

    @Test
    void aProblemInALargeSpecIsStillLocated() {
        String broken = yaml.replaceFirst("\"#/components/schemas/", "\"#/components/schemas/Missing");

        assertThat(broken).isNotEqualTo(yaml);
        SpecException problem = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new SpecLoader().load("large.yaml", broken.getBytes(StandardCharsets.UTF_8)), SpecException.class);
        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).containsPattern("large\\.yaml:\\d+:\\d+ ").contains("Missing")
                .doesNotContain("exceeds the limit");
    }
}
