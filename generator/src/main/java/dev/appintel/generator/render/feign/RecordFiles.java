package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.Property;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.JavadocComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders object schemas as Java records: {@code @JsonProperty} on every component, and the
 * remaining properties of the JSON object collected into a last map component through
 * {@code @JsonAnySetter}/{@code @JsonAnyGetter}: the {@code additionalProperties} entries when
 * the schema declares them, otherwise the properties the spec does not name, kept as JSON so
 * that writing the record back gives what the API sent. A record that is an alternative of a
 * union implements the union's interface and opts out of the union's deserializer.
 */
final class RecordFiles {

    private static final String EXTRA_ENTRIES = "additionalProperties";
    private static final String UNKNOWN_PROPERTIES = "unknownProperties";

    private final RenderScope scope;

    RecordFiles(RenderScope scope) {
        this.scope = scope;
    }

    GeneratedFile render(ObjectType type) {
        Imports imports = scope.modelImports();
        imports.require("com.fasterxml.jackson.annotation.JsonProperty");
        List<ObjectUnion> unions = scope.index().unionsOf(type);
        List<String> annotations = new ArrayList<>();
        if (!unions.isEmpty()) {
            imports.require("com.fasterxml.jackson.databind.JsonDeserializer",
                    "com.fasterxml.jackson.databind.annotation.JsonDeserialize");
            annotations.add("@JsonDeserialize(using = JsonDeserializer.None.class)");
        }
        String extraName = extraEntriesName(type);
        imports.require("com.fasterxml.jackson.annotation.JsonAnyGetter",
                "com.fasterxml.jackson.annotation.JsonAnySetter", "java.util.Collections",
                "java.util.LinkedHashMap", "java.util.Map");
        String extraType = scope.types().render(extraEntriesType(type), imports);
        List<RecordContext.Component> components = components(type, imports, extraName, extraType);
        boolean unknownOnly = type.additionalProperties().isEmpty();
        RecordContext context = new RecordContext(scope.header(), scope.packages().model(), imports.sorted(),
                javadoc(type, extraName), annotations, type.javaName(), components, implementsClause(unions),
                extraName, extraType, accessorJavadoc(unknownOnly), unknownOnly,
                unknownOnly ? knownConstructorJavadoc(type) : "",
                unknownOnly ? knownParameters(type, imports) : "",
                unknownOnly ? knownArguments(type) : "");
        return scope.file(scope.packages().model(), type.javaName(), "record", context);
    }

    private List<RecordContext.Component> components(ObjectType type, Imports imports, String extraName,
            String extraType) {
        List<String> declarations = new ArrayList<>();
        for (Property property : type.properties()) {
            declarations.add("@JsonProperty(" + JavaLiterals.string(property.jsonName()) + ") "
                    + scope.types().render(property.type(), imports) + " " + property.javaName());
        }
        declarations.add("@JsonAnySetter " + extraType + " " + extraName);
        List<RecordContext.Component> components = new ArrayList<>();
        for (int i = 0; i < declarations.size(); i++) {
            components.add(new RecordContext.Component(declarations.get(i), i == declarations.size() - 1));
        }
        return components;
    }

    private static String implementsClause(List<ObjectUnion> unions) {
        if (unions.isEmpty()) {
            return "";
        }
        return " implements " + unions.stream().map(ObjectUnion::javaName).collect(Collectors.joining(", "));
    }

    /**
     * The last component's name: {@code additionalProperties} when the schema declares them,
     * otherwise {@code unknownProperties}; or a variant no property uses.
     */
    static String extraEntriesName(ObjectType type) {
        Set<String> taken = type.properties().stream().map(Property::javaName).collect(Collectors.toSet());
        String base = type.additionalProperties().isPresent() ? EXTRA_ENTRIES : UNKNOWN_PROPERTIES;
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + i;
        }
        return name;
    }

    /** The last component's type: a map of the declared entries, or of any JSON for unknown properties. */
    static TypeRef extraEntriesType(ObjectType type) {
        return new TypeRef.MapOf(type.additionalProperties().orElseGet(TypeRef.Any::new));
    }

    private static String accessorJavadoc(boolean unknownOnly) {
        JavadocComment comment = JavadocComment.of(unknownOnly
                ? "The properties the spec does not name, as the API sent them."
                : "The entries besides the named properties, keyed as in JSON.");
        comment.tag("@return", "", unknownOnly ? "the unknown properties, never `null`" : "the extra entries, never `null`");
        return comment.render("    ");
    }

    /** The constructor without the unknown properties, so that callers need not pass an empty map. */
    private static String knownConstructorJavadoc(ObjectType type) {
        JavadocComment comment = JavadocComment.of("A record without unknown properties.");
        for (Property property : type.properties()) {
            comment.tag("@param", property.javaName(), Docs.property(property));
        }
        return comment.render("    ");
    }

    private String knownParameters(ObjectType type, Imports imports) {
        return type.properties().stream()
                .map(property -> scope.types().render(property.type(), imports) + " " + property.javaName())
                .collect(Collectors.joining(", "));
    }

    private static String knownArguments(ObjectType type) {
        return type.properties().stream().map(Property::javaName)
                .map(name -> name + ", ")
                .collect(Collectors.joining());
    }

    private static String javadoc(ObjectType type, String extraName) {
        JavadocComment comment = JavadocComment.of(Docs.orFallback(type.description(),
                "The `" + type.schemaName() + "` schema."));
        if (type.provisional()) {
            comment.paragraph(Docs.PROVISIONAL);
        }
        for (Property property : type.properties()) {
            comment.tag("@param", property.javaName(), Docs.property(property));
        }
        comment.tag("@param", extraName, type.additionalProperties().isPresent()
                ? "the entries besides the named properties, keyed as in JSON"
                : "the properties the spec does not name, as the API sent them");
        return comment.render("");
    }
}
