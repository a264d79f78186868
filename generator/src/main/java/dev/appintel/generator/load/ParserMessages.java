package dev.appintel.generator.load;

import dev.appintel.generator.load.YamlPositions.NodeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** The nodes each message has been placed on, so that a repeated message goes to the next one. */
    private final Map<String, Set<String>> placed = new HashMap<>();

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
        Claim claim = Claim.of(text);
        if (text.startsWith(ATTRIBUTE)) {
            List<Segment> segments = parse(text.substring(ATTRIBUTE.length()));
            String pointer = claimed(segments, claim, text).orElseGet(() -> pointerOf(segments, aboutMissing));
            return new Located(pointer, text, brokenRef(segments, text), Optional.empty());
        }
        List<Segment> leading = parse(text);
        boolean startsWithPlace = !leading.isEmpty() && leading.get(0).kind() == Kind.KEY
                && document.contains(JsonPointers.child("", leading.get(0).text()));
        String pointer = startsWithPlace
                ? claimed(leading, claim, text).orElseGet(() -> pointerOf(leading, aboutMissing)) : "";
        return new Located(pointer, text, group(NOT_FOUND, text), group(DUPLICATE_FIELD, text));
    }

    /**
     * The node a message is about, found by what the message says of it. The parser's notation
     * leaves steps out (a parameter's schema is {@code schemas}, a nested schema is named by its
     * outermost one, a header's schema not at all, a parameter without a name {@code [['unknown']]}),
     * so the attribute is looked for inside the deepest node the notation does name: the first key
     * of that name, in document order, of which the message is true (of the wrong type, holding
     * that {@code $ref}, or there at all when it is unexpected), not taken by the same message
     * before. A missing {@code items} is the array schema without it; another missing attribute,
     * the element of a sequence that lacks it.
     */
    private Optional<String> claimed(List<Segment> segments, Claim claim, String message) {
        if (claim.kind() == ClaimKind.NONE || segments.isEmpty()
                || segments.get(segments.size() - 1).kind() != Kind.KEY) {
            return Optional.empty();
        }
        String attribute = segments.get(segments.size() - 1).text();
        List<Segment> owner = segments.subList(0, segments.size() - 1);
        Step parent = walk(owner);
        if (claim.kind() == ClaimKind.MISSING) {
            return missing(parent, owner, attribute, message);
        }
        Set<String> candidates = new LinkedHashSet<>();
        String exact = JsonPointers.child(parent.pointer(), attribute);
        if (document.contains(exact)) {
            candidates.add(exact);
        }
        for (String descendant : document.descendants(parent.pointer())) {
            if (JsonPointers.lastSegment(descendant).equals(attribute)
                    && !JsonPointers.isInsideData(JsonPointers.parent(descendant))
                    && document.kind(JsonPointers.parent(descendant)).orElse(null) == NodeKind.MAPPING) {
                candidates.add(descendant);
            }
        }
        return pick(message, candidates.stream().filter(candidate -> claim.holdsAt(candidate, document)).toList());
    }

    private Optional<String> missing(Step parent, List<Segment> owner, String attribute, String message) {
        if (attribute.equals("items")) {
            List<String> arrays = new ArrayList<>();
            arrays.add(parent.pointer());
            arrays.addAll(document.descendants(parent.pointer()));
            return pick(message, arrays.stream().filter(candidate -> !JsonPointers.isInsideData(candidate)
                    && document.scalar(candidate + "/type").filter("array"::equals).isPresent()
                    && !document.contains(candidate + "/items")).toList())
                    .map(array -> JsonPointers.child(array, attribute));
        }
        boolean unnamedElement = parent.next() < owner.size() && owner.get(parent.next()).kind() == Kind.NAMED_ELEMENT
                && document.kind(parent.pointer()).orElse(null) == NodeKind.SEQUENCE;
        if (!unnamedElement) {
            return Optional.empty();
        }
        List<String> lacking = new ArrayList<>();
        for (int i = 0; document.contains(JsonPointers.child(parent.pointer(), i)); i++) {
            String element = JsonPointers.child(parent.pointer(), i);
            if (!document.contains(JsonPointers.child(element, attribute)) && !document.contains(element + "/$ref")) {
                lacking.add(element);
            }
        }
        return pick(message, lacking).map(element -> JsonPointers.child(element, attribute));
    }

    /** The first candidate that the same message has not been placed on yet, else the first. */
    private Optional<String> pick(String message, List<String> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Set<String> taken = placed.computeIfAbsent(message, key -> new HashSet<>());
        String chosen = candidates.stream().filter(candidate -> !taken.contains(candidate)).findFirst()
                .orElse(candidates.get(0));
        taken.add(chosen);
        return Optional.of(chosen);
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
        Step deepest = walk(segments);
        if (deepest.next() < segments.size() && segments.get(deepest.next()).kind() != Kind.REF) {
            Segment segment = segments.get(deepest.next());
            boolean missingAttribute = lastIsMissing && deepest.next() == segments.size() - 1
                    && segment.kind() == Kind.KEY;
            return missingAttribute ? JsonPointers.child(deepest.pointer(), segment.text()) : deepest.pointer();
        }
        return deepest.pointer();
    }

    /** The deepest node the segments name, and the index of the first segment not followed. */
    private Step walk(List<Segment> segments) {
        String pointer = "";
        int i = 0;
        while (i < segments.size() && segments.get(i).kind() != Kind.REF) {
            Optional<Step> step = step(pointer, segments, i);
            if (step.isEmpty()) {
                return new Step(pointer, i);
            }
            pointer = step.get().pointer();
            i = step.get().next();
        }
        return new Step(pointer, i);
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

    /**
     * The element of the sequence at {@code pointer} with that index, or whose {@code name} is that;
     * a component parameter, which the parser names the same way, is the mapping itself.
     */
    private Optional<String> namedElement(String pointer, String name) {
        if (document.kind(pointer).orElse(null) == NodeKind.MAPPING) {
            return Optional.of(pointer);
        }
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

    private enum ClaimKind { UNEXPECTED, MISSING, WRONG_TYPE, REF_TARGET, NONE }

    /** What a message says of its attribute: unexpected, missing, of the wrong type, or a wrong $ref target. */
    private record Claim(ClaimKind kind, String detail) {

        private static final Pattern WRONG_TYPE = Pattern.compile(".* is not of type `(.*)`");
        private static final Pattern REF_TARGET = Pattern.compile(".*\\$ref target (\\S+) is not of expected type .*");

        static Claim of(String message) {
            if (message.endsWith(" is unexpected")) {
                return new Claim(ClaimKind.UNEXPECTED, "");
            }
            if (message.endsWith(IS_MISSING)) {
                return new Claim(ClaimKind.MISSING, "");
            }
            Matcher wrongType = WRONG_TYPE.matcher(message);
            if (wrongType.matches()) {
                return new Claim(ClaimKind.WRONG_TYPE, wrongType.group(1));
            }
            Matcher refTarget = REF_TARGET.matcher(message);
            return refTarget.matches() ? new Claim(ClaimKind.REF_TARGET, refTarget.group(1))
                    : new Claim(ClaimKind.NONE, "");
        }

        /** Whether what the message says is true of the node at {@code pointer}. */
        boolean holdsAt(String pointer, YamlPositions document) {
            NodeKind kind = document.kind(pointer).orElse(NodeKind.NULL);
            return switch (this.kind) {
                case REF_TARGET -> document.scalar(pointer).filter(detail::equals).isPresent();
                case WRONG_TYPE -> !isOfType(kind, document.scalar(pointer));
                default -> true;
            };
        }

        private boolean isOfType(NodeKind kind, Optional<String> scalar) {
            return switch (detail) {
                case "string" -> kind == NodeKind.STRING;
                case "integer" -> kind == NodeKind.INTEGER;
                case "number", "double", "float" -> kind == NodeKind.INTEGER || kind == NodeKind.NUMBER;
                case "boolean" -> kind == NodeKind.BOOLEAN;
                case "object" -> kind == NodeKind.MAPPING;
                case "array" -> kind == NodeKind.SEQUENCE;
                default -> !detail.startsWith("[") || scalar.filter(value -> List.of(
                        detail.substring(1, detail.length() - 1).split("\\|")).contains(value)).isPresent();
            };
        }
    }

    private record Segment(Kind kind, String text) {
    }

    /** A node found, and the index of the segment after the ones that named it. */
    private record Step(String pointer, int next) {
    }
}
