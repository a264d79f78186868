package dev.appintel.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The spec under test, loaded once per test JVM: the classpath resource
 * {@value #SPEC_RESOURCE}, or the file named by the system property {@value #SPEC_PROPERTY}
 * when it is set (handy to try the tests on another document).
 *
 * <p>It keeps both the model fully resolved by Swagger Parser and the raw YAML tree, in which
 * {@code $ref}s are still visible.
 */
public final class SpecFixture {

    /** Classpath location of the spec. */
    public static final String SPEC_RESOURCE = "openapi/app-intelligence.yaml";

    /** System property naming a spec file to test instead of the classpath resource. */
    public static final String SPEC_PROPERTY = "appintel.spec";

    private static SpecFixture instance;

    private final String location;
    private final SwaggerParseResult parseResult;
    private final JsonNode rawTree;

    private SpecFixture(String location, String yamlText) {
        this.location = location;
        this.rawTree = readYaml(location, yamlText);
        this.parseResult = parse(yamlText);
    }

    /** Returns the spec, loading and parsing it on first use. */
    public static synchronized SpecFixture get() {
        if (instance == null) {
            String override = System.getProperty(SPEC_PROPERTY, "");
            instance = override.isBlank()
                    ? new SpecFixture("classpath:" + SPEC_RESOURCE, readResource(SPEC_RESOURCE))
                    : new SpecFixture(override, readFile(Path.of(override)));
        }
        return instance;
    }

    /** Where the spec was read from, for messages. */
    public String location() {
        return location;
    }

    /** The fully resolved model; {@code null} if the document could not be parsed at all. */
    public OpenAPI openApi() {
        return parseResult.getOpenAPI();
    }

    /** The parser's messages: errors and warnings about the document. */
    public List<String> parserMessages() {
        List<String> messages = parseResult.getMessages();
        return messages == null ? List.of() : messages;
    }

    /** The document as written, with {@code $ref}s unresolved. */
    public JsonNode rawTree() {
        return rawTree;
    }

    /** Parses YAML (or JSON) text into a tree, the way Swagger reads it. */
    public static JsonNode readYaml(String yamlText) {
        return readYaml("(text)", yamlText);
    }

    /**
     * Parses YAML (or JSON) text into a tree; a syntax error is reported at its line and column of
     * {@code location}, so that a broken spec fails every test with the place to look at.
     */
    static JsonNode readYaml(String location, String yamlText) {
        try {
            return Yaml.mapper().readTree(yamlText);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? location : location + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new IllegalArgumentException(where + ": not valid YAML: " + oneLine(e.getOriginalMessage()), e);
        }
    }

    /** The parser's message on one line, without the quoted source line and its caret. */
    private static String oneLine(String message) {
        return message.lines().filter(line -> !line.startsWith("    ") && !line.isBlank())
                .map(String::strip).reduce((first, second) -> first + " " + second).orElse(message);
    }

    /** Reads a UTF-8 classpath resource. */
    public static String readResource(String name) {
        try (InputStream in = SpecFixture.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read spec " + file, e);
        }
    }

    private static SwaggerParseResult parse(String yamlText) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(yamlText, null, options);
    }
}
