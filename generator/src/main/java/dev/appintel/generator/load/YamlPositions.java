package dev.appintel.generator.load;

import dev.appintel.generator.model.SourceLocation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The line and column of every node of a YAML (or JSON) document, by JSON Pointer, read with
 * SnakeYAML's node API. A mapping entry is placed at its key, a sequence element at its first
 * character. Also keeps the scalars and the kind of every node, so that messages can be mapped
 * back onto the document, and notes duplicate keys, which other readers silently drop. A mapping
 * or sequence reached again through an alias is placed at the alias's key and not entered again
 * (what is inside it is placed there), so aliases cannot make this map grow beyond the text; the
 * entries a merge key ({@code <<}) adds are placed at the merge key.
 */
public final class YamlPositions implements SourcePositions {

    /** What a node is, with a scalar's type as YAML resolves it ({@code 1} is an integer). */
    public enum NodeKind { MAPPING, SEQUENCE, STRING, INTEGER, NUMBER, BOOLEAN, NULL }

    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
    private final Map<String, String> scalars = new LinkedHashMap<>();
    private final Map<String, NodeKind> kinds = new LinkedHashMap<>();
    private final List<SpecProblem> duplicateKeys = new ArrayList<>();
    private final Set<Node> entered = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlPositions() {
    }

    /**
     * Reads the document.
     *
     * @throws org.yaml.snakeyaml.error.YAMLException when it is not well-formed YAML
     */
    public static YamlPositions read(String text) {
        YamlPositions positions = new YamlPositions();
        Node root = YamlLimits.yaml(text).compose(new StringReader(text));
        if (root != null) {
            positions.visit(root, "", root.getStartMark());
        }
        return positions;
    }

    @Override
    public SourceLocation locate(String pointer) {
        String existing = pointer;
        while (!locations.containsKey(existing) && !existing.isEmpty()) {
            existing = JsonPointers.parent(existing);
        }
        SourceLocation found = locations.get(existing);
        return found == null ? SourceLocation.of(pointer) : new SourceLocation(pointer, found.line(), found.column());
    }

    /** Whether the document has a node at {@code pointer}. */
    public boolean contains(String pointer) {
        return locations.containsKey(pointer);
    }

    /** The scalar at {@code pointer}, as written, if there is one. */
    public Optional<String> scalar(String pointer) {
        return Optional.ofNullable(scalars.get(pointer));
    }

    /** Every scalar of the document by pointer, in document order. */
    public Map<String, String> scalars() {
        return Collections.unmodifiableMap(scalars);
    }

    /** The kind of the node at {@code pointer}, if there is one. */
    public Optional<NodeKind> kind(String pointer) {
        return Optional.ofNullable(kinds.get(pointer));
    }

    /** The pointers of every node inside the node at {@code pointer}, in document order. */
    public List<String> descendants(String pointer) {
        String prefix = pointer + "/";
        return locations.keySet().stream().filter(candidate -> candidate.startsWith(prefix)).toList();
    }

    /** A problem for each key that repeats an earlier key of the same mapping. */
    public List<SpecProblem> duplicateKeys() {
        return List.copyOf(duplicateKeys);
    }

    private void visit(Node node, String pointer, Mark mark) {
        locations.putIfAbsent(pointer, at(pointer, mark));
        kinds.putIfAbsent(pointer, kindOf(node));
        if (node instanceof ScalarNode scalar) {
            scalars.put(pointer, scalar.getValue());
        } else if (!entered.add(node)) {
            return;
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                visit(items.get(i), JsonPointers.child(pointer, i), items.get(i).getStartMark());
            }
        } else if (node instanceof MappingNode mapping) {
            visitEntries(mapping, pointer);
        }
    }

    private void visitEntries(MappingNode mapping, String pointer) {
        List<NodeTuple> merges = new ArrayList<>();
        for (NodeTuple entry : mapping.getValue()) {
            if (Tag.MERGE.equals(entry.getKeyNode().getTag())) {
                merges.add(entry);
                continue;
            }
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String child = JsonPointers.child(pointer, key.getValue());
            if (locations.containsKey(child)) {
                duplicateKeys.add(new SpecProblem(at(child, key.getStartMark()), "duplicate key '" + key.getValue()
                        + "'; the first one is at line " + locations.get(child).line()));
                continue;
            }
            visit(entry.getValueNode(), child, key.getStartMark());
        }
        merges.forEach(merge -> placeMerged(merge, pointer));
    }

    /** Places the entries a merge key adds (those the mapping does not write itself) at the merge key. */
    private void placeMerged(NodeTuple merge, String pointer) {
        Node value = merge.getValueNode();
        for (Node source : value instanceof SequenceNode sources ? sources.getValue() : List.of(value)) {
            if (!(source instanceof MappingNode mapping)) {
                continue;
            }
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key) {
                    String child = JsonPointers.child(pointer, key.getValue());
                    if (!locations.containsKey(child)) {
                        locations.put(child, at(child, merge.getKeyNode().getStartMark()));
                        kinds.put(child, kindOf(entry.getValueNode()));
                    }
                }
            }
        }
    }

    private static NodeKind kindOf(Node node) {
        if (node instanceof MappingNode) {
            return NodeKind.MAPPING;
        }
        if (node instanceof SequenceNode) {
            return NodeKind.SEQUENCE;
        }
        Tag tag = node.getTag();
        if (Tag.INT.equals(tag)) {
            return NodeKind.INTEGER;
        }
        if (Tag.FLOAT.equals(tag)) {
            return NodeKind.NUMBER;
        }
        if (Tag.BOOL.equals(tag)) {
            return NodeKind.BOOLEAN;
        }
        return Tag.NULL.equals(tag) ? NodeKind.NULL : NodeKind.STRING;
    }

    private static SourceLocation at(String pointer, Mark mark) {
        return new SourceLocation(pointer, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
