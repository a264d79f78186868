package dev.appintel.generator.load;

import dev.appintel.generator.model.SourceLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Stage 1: reads a spec file with Swagger Parser and locates its problems.
 *
 * <p>The spec is refused, with every problem located, when it is not UTF-8 YAML or JSON, when
 * Swagger Parser has anything to say about it (the spec parses without a single message), when a
 * {@code $ref} leads nowhere or out of the file, when a mapping repeats a key, when it is not
 * OpenAPI 3.0.x, or when it has no paths.
 */
public final class SpecLoader {

    private static final Pattern SUPPORTED_VERSION = Pattern.compile("3\\.0\\.\\d+");
    /** Swagger Parser's own YAML reader for OpenAPI 3.0, refusing repeated keys. */
    private static final ObjectReader TREE_READER = DeserializationUtils.getYaml30Mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** A JSON reader for specs written as JSON, which has no size limit of YAML's; refuses repeated keys. */
    private static final ObjectReader JSON_READER = new ObjectMapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Loads and resolves the spec.
     *
     * @throws SpecException with every problem found, each located
     */
    public LoadedSpec load(Path spec) {
        Path name = spec.getFileName();
        String fileName = name == null ? spec.toString() : name.toString();
        return load(fileName, read(spec, fileName));
    }

    /**
     * Loads and resolves a spec given as bytes.
     *
     * @param fileName the name used in messages and generated headers
     * @throws SpecException with every problem found, each located
     */
    public LoadedSpec load(String fileName, byte[] content) {
        String text = decode(fileName, content);
        Optional<JsonNode> tree = readTree(fileName, text);
        return tree.isPresent()
                ? loadTree(fileName, content, text, tree.get())
                : loadWithPositions(fileName, content, text);
    }

    /**
     * The usual path: one parse, by Jackson, into a tree that Swagger Parser reads as it is.
     * Positions are read only if there is a problem to locate.
     */
    private static LoadedSpec loadTree(String fileName, byte[] content, String text, JsonNode tree) {
        LazyPositions positions = new LazyPositions(text);
        SpecProblems problems = new SpecProblems(fileName, positions);
        Set<String> brokenRefs = LocalRefs.check(tree, problems);
        KeywordValues.check(tree, problems);
        SwaggerParseResult parsed = new OpenAPIV3Parser().parseJsonNode(null, tree, unresolved());
        if (hasMessages(parsed)) {
            reportParserMessages(parsed, positions.get(), brokenRefs, problems);
        }
        checkDocument(parsed.getOpenAPI(), problems);
        problems.throwIfAny();
        return new LoadedSpec(fileName, sha256(content), parsed.getOpenAPI(), tree, positions);
    }

    /**
     * The path for text that Jackson refuses (a syntax error, a repeated key): SnakeYAML reads it
     * with positions, so that every problem can be located and reported together.
     */
    private static LoadedSpec loadWithPositions(String fileName, byte[] content, String text) {
        YamlPositions positions = readYaml(fileName, text);
        SpecProblems problems = new SpecProblems(fileName, positions);
        positions.duplicateKeys().forEach(problems::add);
        Set<String> brokenRefs = LocalRefs.check(positions, problems);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, unresolved());
        reportParserMessages(parsed, positions, brokenRefs, problems);
        checkDocument(parsed.getOpenAPI(), problems);
        problems.throwIfAny();
        // Rare: YAML that Jackson refuses but Swagger Parser reads, such as a mapping key that is
        // itself a list inside an extension. The tree is then read the way Swagger Parser read it.
        JsonNode tree = DeserializationUtils.deserializeIntoTree(text, fileName);
        KeywordValues.check(tree, problems);
        problems.throwIfAny();
        return new LoadedSpec(fileName, sha256(content), parsed.getOpenAPI(), tree, positions);
    }

    /**
     * The document as a tree, unless Jackson refuses it; a repeated key counts as refused. JSON is
     * read as JSON, and YAML beyond the YAML reader's default size with a limit set from the text.
     * YAML with aliases or merge keys, which Jackson misreads, is read again by {@link YamlTree}.
     *
     * @throws SpecException when the aliases cannot be expanded
     */
    private static Optional<JsonNode> readTree(String fileName, String text) {
        try {
            ObjectReader reader = treeReader(text);
            if (reader == JSON_READER) {
                return Optional.ofNullable(reader.readTree(text)).filter(JsonNode::isObject);
            }
            YamlTree.Watch parser = new YamlTree.Watch(reader.createParser(text));
            JsonNode tree = reader.readTree(parser);
            if (parser.needsYamlTree()) {
                tree = YamlTree.read(fileName, text);
            }
            return Optional.ofNullable(tree).filter(JsonNode::isObject);
        } catch (IOException refused) {
            return Optional.empty();
        }
    }

    private static ObjectReader treeReader(String text) {
        if (looksLikeJson(text)) {
            return JSON_READER;
        }
        if (text.length() < YamlLimits.DEFAULT_CODE_POINTS) {
            return TREE_READER;
        }
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(YamlLimits.forText(text)).build();
        return DeserializationUtils.getYaml30Mapper().copyWith(factory).reader()
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Whether the text is a JSON object: its first character that is not white space is a brace. */
    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{';
            }
        }
        return false;
    }

    private static boolean hasMessages(SwaggerParseResult result) {
        return result.getMessages() != null && !result.getMessages().isEmpty();
    }

    private static byte[] read(Path spec, String fileName) {
        try {
            return Files.readAllBytes(spec);
        } catch (IOException e) {
            throw fileProblem(fileName, "cannot read " + spec.toAbsolutePath() + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String decode(String fileName, byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw fileProblem(fileName, "not UTF-8 text (" + e.getMessage() + ")");
        }
    }

    private static YamlPositions readYaml(String fileName, String text) {
        try {
            return YamlPositions.read(text);
        } catch (YAMLException e) {
            throw new SpecException(fileName, List.of(YamlSyntaxErrors.problem(text, e)));
        }
    }

    /** Parse options that keep every {@code $ref} as written; {@link LocalRefs} has checked them. */
    private static ParseOptions unresolved() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return options;
    }

    /** Reports the parser's messages, except those about problems the loader has reported itself. */
    private static void reportParserMessages(SwaggerParseResult result, YamlPositions positions,
            Set<String> brokenRefs, SpecProblems problems) {
        ParserMessages parserMessages = new ParserMessages(positions);
        Set<String> duplicateKeys = positions.duplicateKeys().stream()
                .map(problem -> JsonPointers.lastSegment(problem.location().pointer())).collect(Collectors.toSet());
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        for (String message : messages) {
            ParserMessages.Located located = parserMessages.locate(message);
            boolean alreadyReported = located.brokenRef().filter(brokenRefs::contains).isPresent()
                    || located.duplicateKey().filter(duplicateKeys::contains).isPresent();
            if (!alreadyReported) {
                problems.report(located.pointer(), located.message());
            }
        }
    }

    private static void checkDocument(OpenAPI openApi, SpecProblems problems) {
        if (openApi == null) {
            if (problems.isEmpty()) {
                problems.report("", "not an OpenAPI document");
            }
            return;
        }
        String version = openApi.getOpenapi();
        if (version == null && !problems.hasProblemAt("/openapi")) {
            problems.report("/openapi", "openapi is missing");
        } else if (version != null && !SUPPORTED_VERSION.matcher(version).matches()) {
            problems.report("/openapi", "openapi is " + version + ", but only OpenAPI 3.0.x is supported");
        }
        boolean noPaths = openApi.getPaths() == null || openApi.getPaths().isEmpty();
        if (noPaths && !problems.hasProblemAt("/paths")) {
            problems.report("/paths", "the spec declares no paths");
        }
    }

    private static SpecException fileProblem(String fileName, String message) {
        return new SpecException(fileName, List.of(new SpecProblem(SourceLocation.of(""), message)));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
