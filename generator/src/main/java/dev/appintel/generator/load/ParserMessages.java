package dev.appintel.generator.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps Swagger Parser's messages onto the document. The parser names places in its own notation,
 * for example {@code attribute paths.'/x'(get).parameters.[app_ids].in is not of type ...}:
 * dotted keys, quoted keys, the method in parentheses, a parameter by name in brackets, and
 * sometimes the {@code $ref} that failed. Each is matched against the document, so the pointer
 * only names nodes that exist, plus the missing attribute itself when the message says that one
 * is missing.
 * A message that starts with such a place without the word {@code attribute} is placed too.
 */
final class ParserMessages {

    private static final String ATTRIBUTE = "attribute ";
    private static final String IS_MISSING = " is missing";
    private static final String NOT_A_SCHEMA = " is not of type `schema`";
    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field (\\S+) in .*");
    private static final Pattern NOT_FOUND = Pattern.compile("Could not find \\S+ in contents of (\\S+)");

    private final YamlPositions document;

    ParserMessages(YamlPositions document) {
        this.document = document;
    }

    /**
     * A parser message with the pointer it is about; when it reports a {@code $ref} that leads
     * nowhere, that reference, and when it reports a repeated key, that key. (The loader reports
     * both itself, better located.)
     */
    record Located(String pointer, String message, Optional<String> brokenRef, Optional<String> duplicateKey) {
    }

    Located locate(String message) {
        String text = message.strip();
        boolean aboutMissing = text.endsWith(IS_MISSING);
        if (text.startsWith(ATTRIBUTE)) {
            List<Segment> segments = parse(text.substring(ATTRIBUTE.length()));
            return new Located(pointerOf(segments, aboutMissing), text, brokenRef(segments, text), Optional.empty());
        }
        List<Segment> leading = parse(text);
        boolean startsWithPlace = !leading.isEmpty() && leading.get(0).kind() == Kind.KEY
                && document.contains(JsonPointers.child("", leading.get(0).text()));
        return new Located(startsWithPlace ? pointerOf(leading, aboutMissing) : "", text, group(NOT_FOUND, text),
                group(DUPLICATE_FIELD, text));
    }

    private static Optional<String> group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> brokenRef(List<Segment> segments, String message) {
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.kind() == Kind.REF) {
            return Optional.of(last.text());
        }
        boolean missingSchema = message.endsWith(NOT_A_SCHEMA) && last != null && segments.size() > 3
                && segments.get(0).text().equals("components") && segments.get(1).text().equals("schemas");
        return missingSchema ? Optional.of(SCHEMA_REF_PREFIX + last.text()) : Optional.empty();
    }

    /**
     * The pointer of the deepest node the segments name; when the message says the last one is
     * missing, that one is named under its parent.
     */
    private String pointerOf(List<Segment> segments, boolean lastIsMissing) {
        String pointer = "";
        int i = 0;
        while (i < segments.size() && segments.get(i).kind() != Kind.REF) {
            Optional<Step> step = step(pointer, segments, i);
            if (step.isEmpty()) {
                Segment segment = segments.get(i);
                boolean missingAttribute = lastIsMissing && i == segments.size() - 1 && segment.kind() == Kind.KEY;
                return missingAttribute ? JsonPointers.child(pointer, segment.text()) : pointer;
            }
            pointer = step.get().pointer();
            i = step.get().next();
        }
        return pointer;
    }

    /**
     * The node that segment {@code i} names under {@code pointer}. A key that is not found may be
     * the first part of a key that contains dots, so longer and longer joins are tried.
     */
    private Optional<Step> step(String pointer, List<Segment> segments, int i) {
        if (segments.get(i).kind() == Kind.NAMED_ELEMENT) {
            return namedElement(pointer, segments.get(i).text()).map(element -> new Step(element, i + 1));
        }
        StringBuilder key = new StringBuilder();
        for (int j = i; j < segments.size() && segments.get(j).kind() == Kind.KEY; j++) {
            key.append(j == i ? "" : ".").append(segments.get(j).text());
            String child = JsonPointers.child(pointer, key.toString());
            if (document.contains(child)) {
                return Optional.of(new Step(child, j + 1));
            }
        }
        return Optional.empty();
    }

    /** The element of the sequence at {@code pointer} with that index, or whose {@code name} is that. */
    private Optional<String> namedElement(String pointer, String name) {
        if (name.matches("\\d+") && document.contains(JsonPointers.child(pointer, Integer.parseInt(name)))) {
            return Optional.of(JsonPointers.child(pointer, Integer.parseInt(name)));
        }
        for (int i = 0; document.contains(JsonPointers.child(pointer, i)); i++) {
            String element = JsonPointers.child(pointer, i);
            String target = document.scalar(element + "/$ref").filter(ref -> ref.startsWith("#"))
                    .map(ref -> ref.substring(1)).orElse(element);
            if (document.scalar(target + "/name").filter(name::equals).isPresent()) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static List<Segment> parse(String path) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < path.length() && !Character.isWhitespace(path.charAt(i))) {
            char c = path.charAt(i);
            if (c == '#' && plain.length() == 0) {
                segments.add(new Segment(Kind.REF, path.substring(i).split("\\s", 2)[0]));
                return segments;
            }
            if (c == '\'' || c == '(' || c == '[') {
                flush(plain, segments);
                int end = closing(path, i);
                segments.add(new Segment(c == '[' ? Kind.NAMED_ELEMENT : Kind.KEY, path.substring(i + 1, end)));
                i = end + 1;
            } else {
                if (c == '.') {
                    flush(plain, segments);
                } else {
                    plain.append(c);
                }
                i++;
            }
        }
        flush(plain, segments);
        return segments;
    }

    private static int closing(String path, int open) {
        char close = switch (path.charAt(open)) {
            case '(' -> ')';
            case '[' -> ']';
            default -> '\'';
        };
        int end = path.indexOf(close, open + 1);
        return end < 0 ? path.length() : end;
    }

    private static void flush(StringBuilder plain, List<Segment> segments) {
        if (plain.length() > 0) {
            segments.add(new Segment(Kind.KEY, plain.toString()));
            plain.setLength(0);
        }
    }

    private enum Kind { KEY, NAMED_ELEMENT, REF }

    private record Segment(Kind kind, String text) {
    }

    /** A node found, and the index of the segment after the ones that named it. */
    private record Step(String pointer, int next) {
    }
}
