package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.Property;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavadocComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders object schemas as Java records: {@code @JsonProperty} on every component, unknown
 * properties ignored, and {@code additionalProperties} collected into a map component through
 * {@code @JsonAnySetter}/{@code @JsonAnyGetter}. A record that is an alternative of a union
 * implements the union's interface and opts out of the union's deserializer.
 */
final class RecordFiles {

    private static final String EXTRA_ENTRIES = "additionalProperties";

    private final RenderScope scope;

    RecordFiles(RenderScope scope) {
        this.scope = scope;
    }

    GeneratedFile render(ObjectType type) {
        Imports imports = scope.modelImports();
        imports.require("com.fasterxml.jackson.annotation.JsonIgnoreProperties",
                "com.fasterxml.jackson.annotation.JsonProperty");
        List<ObjectUnion> unions = scope.index().unionsOf(type);
        List<String> annotations = new ArrayList<>();
        annotations.add("@JsonIgnoreProperties(ignoreUnknown = true)");
        if (!unions.isEmpty()) {
            imports.require("com.fasterxml.jackson.databind.JsonDeserializer",
                    "com.fasterxml.jackson.databind.annotation.JsonDeserialize");
            annotations.add("@JsonDeserialize(using = JsonDeserializer.None.class)");
        }
        String extraName = extraEntriesName(type);
        Optional<String> extraType = type.additionalProperties().map(value -> extraType(value, imports));
        List<RecordContext.Component> components = components(type, imports, extraName, extraType);
        RecordContext context = new RecordContext(scope.header(), scope.packages().model(), imports.sorted(),
                javadoc(type, extraName), annotations, type.javaName(), components, implementsClause(unions),
                extraType.isPresent(), extraName, extraType.orElse(""));
        return scope.file(scope.packages().model(), type.javaName(), "record", context);
    }

    private String extraType(TypeRef value, Imports imports) {
        imports.require("com.fasterxml.jackson.annotation.JsonAnyGetter",
                "com.fasterxml.jackson.annotation.JsonAnySetter", "java.util.Collections",
                "java.util.LinkedHashMap", "java.util.Map");
        return scope.types().render(new TypeRef.MapOf(value), imports);
    }

    private List<RecordContext.Component> components(ObjectType type, Imports imports, String extraName,
            Optional<String> extraType) {
        List<String> declarations = new ArrayList<>();
        for (Property property : type.properties()) {
            declarations.add("@JsonProperty(" + JavaLiterals.string(property.jsonName()) + ") "
                    + scope.types().render(property.type(), imports) + " " + property.javaName());
        }
        extraType.ifPresent(javaType -> declarations.add("@JsonAnySetter " + javaType + " " + extraName));
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

    /** {@code additionalProperties}, or a variant no property uses. */
    static String extraEntriesName(ObjectType type) {
        Set<String> taken = type.properties().stream().map(Property::javaName).collect(Collectors.toSet());
        String name = EXTRA_ENTRIES;
        for (int i = 2; taken.contains(name); i++) {
            name = EXTRA_ENTRIES + i;
        }
        return name;
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
        if (type.additionalProperties().isPresent()) {
            comment.tag("@param", extraName, "the entries besides the named properties, keyed as in JSON");
        }
        return comment.render("");
    }
}
