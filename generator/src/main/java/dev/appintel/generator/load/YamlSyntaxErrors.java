package dev.appintel.generator.load;

import dev.appintel.generator.model.SourceLocation;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Turns a YAML syntax error into a located problem. SnakeYAML gives the line and column; the
 * JSON Pointer of the innermost mapping or sequence being read is found by replaying the
 * document's parse events up to the error.
 */
final class YamlSyntaxErrors {

    private final Deque<Frame> open = new ArrayDeque<>();

    private YamlSyntaxErrors() {
    }

    /** The problem for {@code error}, raised while reading {@code text}. */
    static SpecProblem problem(String text, YAMLException error) {
        String pointer = new YamlSyntaxErrors().pointerOfFailure(text);
        if (!(error instanceof MarkedYAMLException marked)) {
            return new SpecProblem(SourceLocation.of(pointer), "not readable as YAML: " + error.getMessage());
        }
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        SourceLocation location = mark == null ? SourceLocation.of(pointer)
                : new SourceLocation(pointer, mark.getLine() + 1, mark.getColumn() + 1);
        return new SpecProblem(location, "YAML syntax error: " + describe(marked));
    }

    private static String describe(MarkedYAMLException error) {
        String problem = error.getProblem() == null ? "malformed YAML" : error.getProblem();
        if (error.getContext() == null) {
            return problem;
        }
        Mark start = error.getContextMark();
        String where = start == null ? "" : " that starts at line " + (start.getLine() + 1) + ", column "
                + (start.getColumn() + 1);
        return problem + " (" + error.getContext() + where + ")";
    }

    private String pointerOfFailure(String text) {
        try {
            for (Event event : YamlLimits.yaml(text).parse(new StringReader(text))) {
                accept(event);
            }
        } catch (YAMLException expected) {
            return current();
        }
        return "";
    }

    private void accept(Event event) {
        if (event instanceof CollectionStartEvent) {
            open.push(new Frame(childPointer(), event instanceof MappingStartEvent));
        } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
            open.pop();
            valueDone();
        } else if (event instanceof ScalarEvent scalar && !open.isEmpty() && open.peek().awaitingKey()) {
            open.peek().key = scalar.getValue();
        } else if (event instanceof ScalarEvent || event.is(Event.ID.Alias)) {
            valueDone();
        }
    }

    private String childPointer() {
        Frame parent = open.peek();
        if (parent == null) {
            return "";
        }
        return parent.mapping ? JsonPointers.child(parent.pointer, parent.key == null ? "" : parent.key)
                : JsonPointers.child(parent.pointer, parent.nextIndex);
    }

    private void valueDone() {
        Frame parent = open.peek();
        if (parent == null) {
            return;
        }
        parent.key = null;
        parent.nextIndex++;
    }

    private String current() {
        Frame innermost = open.peek();
        if (innermost == null) {
            return "";
        }
        return innermost.mapping && innermost.key != null ? JsonPointers.child(innermost.pointer, innermost.key)
                : innermost.pointer;
    }

    /** A mapping or sequence being read: its pointer, and the key or index of the entry being read. */
    private static final class Frame {
        final String pointer;
        final boolean mapping;
        String key;
        int nextIndex;

        Frame(String pointer, boolean mapping) {
            this.pointer = pointer;
            this.mapping = mapping;
        }

        boolean awaitingKey() {
            return mapping && key == null;
        }
    }
}
