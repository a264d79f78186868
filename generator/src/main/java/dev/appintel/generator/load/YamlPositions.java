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

/**
 * The line and column of every node of a YAML (or JSON) document, by JSON Pointer, read with
 * SnakeYAML's node API. A mapping entry is placed at its key, a sequence element at its first
 * character. Also keeps the scalars, so that messages can be mapped back onto the document, and
 * notes duplicate keys, which other readers silently drop.
 */
public final class YamlPositions implements SourcePositions {

    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
    private final Map<String, String> scalars = new LinkedHashMap<>();
    private final List<SpecProblem> duplicateKeys = new ArrayList<>();

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
            positions.visit(root, "", root.getStartMark(), Collections.newSetFromMap(new IdentityHashMap<>()));
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

    /** A problem for each key that repeats an earlier key of the same mapping. */
    public List<SpecProblem> duplicateKeys() {
        return List.copyOf(duplicateKeys);
    }

    private void visit(Node node, String pointer, Mark mark, Set<Node> enclosing) {
        if (!enclosing.add(node)) {
            return;
        }
        locations.putIfAbsent(pointer, at(pointer, mark));
        if (node instanceof ScalarNode scalar) {
            scalars.put(pointer, scalar.getValue());
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                visit(items.get(i), JsonPointers.child(pointer, i), items.get(i).getStartMark(), enclosing);
            }
        } else if (node instanceof MappingNode mapping) {
            visitEntries(mapping, pointer, enclosing);
        }
        enclosing.remove(node);
    }

    private void visitEntries(MappingNode mapping, String pointer, Set<Node> enclosing) {
        for (NodeTuple entry : mapping.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String child = JsonPointers.child(pointer, key.getValue());
            if (locations.containsKey(child)) {
                duplicateKeys.add(new SpecProblem(at(child, key.getStartMark()), "duplicate key '" + key.getValue()
                        + "'; the first one is at line " + locations.get(child).line()));
                continue;
            }
            visit(entry.getValueNode(), child, key.getStartMark(), enclosing);
        }
    }

    private static SourceLocation at(String pointer, Mark mark) {
        return new SourceLocation(pointer, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
