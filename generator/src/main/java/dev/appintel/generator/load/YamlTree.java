package dev.appintel.generator.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.generator.model.SourceLocation;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML that uses aliases ({@code *name}) or merge keys ({@code <<: *name}) into a tree, as
 * YAML means them: an alias stands for a copy of the node its anchor marks, and a merge key adds
 * the entries of the mapping (or mappings) it names that the mapping does not write itself.
 * Jackson's YAML reader, which the loader uses otherwise, reads an alias as the anchor's name.
 *
 * <p>An alias inside the node its anchor marks (a document that contains itself), and aliases that
 * expand the document beyond {@link #MAX_NODES} nodes, are refused, located at the alias.
 */
final class YamlTree {

    /** The most nodes the expanded document may have: about fifty times a 13 MB spec's. */
    static final int MAX_NODES = 100_000_000;

    private final JsonNodeFactory factory = JsonNodeFactory.instance;
    private final Set<Node> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<SpecProblem> problems = new ArrayList<>();
    private final int maxNodes;
    private long nodes;

    private YamlTree(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    /**
     * The document as a tree.
     *
     * @throws SpecException when an alias contains itself or the document grows too large
     * @throws org.yaml.snakeyaml.error.YAMLException when the text is not well-formed YAML
     */
    static JsonNode read(String fileName, String text) {
        return read(fileName, text, MAX_NODES);
    }

    /** {@link #read(String, String)} with another node limit, for tests. */
    static JsonNode read(String fileName, String text, int maxNodes) {
        Node root = YamlLimits.yaml(text).compose(new StringReader(text));
        YamlTree tree = new YamlTree(maxNodes);
        JsonNode result = root == null ? tree.factory.nullNode() : tree.convert(root, "", root.getStartMark());
        if (!tree.problems.isEmpty()) {
            throw new SpecException(fileName, tree.problems);
        }
        return result;
    }

    /**
     * The node as a tree.
     *
     * @param at where the node is written: the key of a mapping entry, else the node itself (an
     *           alias's node is its anchor's, so an alias is placed by its key)
     */
    private JsonNode convert(Node node, String pointer, Mark at) {
        if (!problems.isEmpty()) {
            return factory.nullNode();
        }
        if (++nodes > maxNodes) {
            refuse(at, pointer, "aliases expand the document beyond " + maxNodes + " nodes");
            return factory.nullNode();
        }
        if (!enclosing.add(node)) {
            refuse(at, pointer, "this alias stands for a node that contains it, which has no end");
            return factory.nullNode();
        }
        try {
            if (node instanceof MappingNode mapping) {
                return mapping(mapping, pointer);
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = factory.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    // An alias that contains itself is placed by its sequence: the alias's own mark is lost.
                    Mark item = enclosing.contains(items.get(i)) ? at : items.get(i).getStartMark();
                    array.add(convert(items.get(i), JsonPointers.child(pointer, i), item));
                }
                return array;
            }
            return scalar((ScalarNode) node);
        } finally {
            enclosing.remove(node);
        }
    }

    /** A mapping: its own entries first, then those its merge keys add, earlier merges first. */
    private ObjectNode mapping(MappingNode mapping, String pointer) {
        ObjectNode object = factory.objectNode();
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple entry : mapping.getValue()) {
            Node key = entry.getKeyNode();
            if (Tag.MERGE.equals(key.getTag())) {
                Node value = entry.getValueNode();
                (value instanceof SequenceNode sources ? sources.getValue() : List.of(value))
                        .forEach(source -> merged.add(new NodeTuple(key, source)));
            } else if (key instanceof ScalarNode scalar && !object.has(scalar.getValue())) {
                String name = scalar.getValue();
                object.set(name, convert(entry.getValueNode(), JsonPointers.child(pointer, name), key.getStartMark()));
            }
        }
        for (NodeTuple merge : merged) {
            Mark at = merge.getKeyNode().getStartMark();
            if (!(merge.getValueNode() instanceof MappingNode source)) {
                refuse(at, JsonPointers.child(pointer, "<<"), "a merge key (<<) must name a mapping or a list of mappings");
                continue;
            }
            JsonNode entries = convert(source, pointer, at);
            entries.fields().forEachRemaining(entry -> {
                if (!object.has(entry.getKey())) {
                    object.set(entry.getKey(), entry.getValue());
                }
            });
        }
        return object;
    }

    /**
     * A scalar as the loader's usual reader (Jackson's, YAML 1.1) types it: by the tag SnakeYAML
     * resolves, {@code no} a boolean, {@code 0x1F} an integer.
     */
    private JsonNode scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.INT.equals(tag)) {
                return integer(yamlInteger(value.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return factory.numberNode(Double.parseDouble(value.replace("_", "")));
            }
        } catch (NumberFormatException notDecimal) {
            return factory.textNode(value);
        }
        if (Tag.BOOL.equals(tag)) {
            return factory.booleanNode(List.of("true", "yes", "on").contains(value.toLowerCase(Locale.ROOT)));
        }
        return Tag.NULL.equals(tag) ? factory.nullNode() : factory.textNode(value);
    }

    /** A YAML 1.1 integer: decimal, {@code 0x} hexadecimal, {@code 0b} binary or leading-zero octal. */
    private static BigInteger yamlInteger(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        BigInteger magnitude;
        if (digits.startsWith("0x")) {
            magnitude = new BigInteger(digits.substring(2), 16);
        } else if (digits.startsWith("0b")) {
            magnitude = new BigInteger(digits.substring(2), 2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            magnitude = new BigInteger(digits.substring(1), 8);
        } else {
            magnitude = new BigInteger(digits);
        }
        return negative ? magnitude.negate() : magnitude;
    }

    /** An integer as the smallest of Jackson's integer nodes that holds it, as Jackson's reader does. */
    private JsonNode integer(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return factory.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE ? factory.numberNode(value.longValue()) : factory.numberNode(value);
    }

    private void refuse(Mark mark, String pointer, String message) {
        problems.add(new SpecProblem(new SourceLocation(pointer, mark.getLine() + 1, mark.getColumn() + 1), message));
    }

    /**
     * Jackson's YAML parser, watched for what it does not read as YAML means it: an alias, which it
     * reads as the anchor's name, and a merge key, which it reads as a key called {@code <<}.
     */
    static final class Watch extends JsonParserDelegate {

        private boolean needsYamlTree;

        Watch(JsonParser parser) {
            super(parser);
        }

        /** Whether the text read so far holds an alias or a merge key. */
        boolean needsYamlTree() {
            return needsYamlTree;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            note(token == JsonToken.FIELD_NAME ? currentName() : null);
            return token;
        }

        @Override
        public String nextFieldName() throws IOException {
            String name = super.nextFieldName();
            note(name);
            return name;
        }

        private void note(String fieldName) {
            boolean alias = delegate instanceof YAMLParser yaml && yaml.isCurrentAlias();
            needsYamlTree |= alias || "<<".equals(fieldName);
        }
    }
}
