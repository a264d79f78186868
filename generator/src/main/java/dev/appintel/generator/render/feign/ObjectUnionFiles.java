package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.Property;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.JavadocComment;
import dev.appintel.generator.render.RenderException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders unions of objects as sealed interfaces permitting their alternative records, with a
 * generated deserializer that applies {@link #RULE}.
 */
final class ObjectUnionFiles {

    /** How the deserializer picks an alternative; repeated in the generated Javadoc. */
    static final String RULE = """
            Jackson reads this type with the generated deserializer, which picks the alternative by the \
            properties present in the JSON object:

            1. The candidates are the alternatives whose required properties are all present.
            2. If some candidates know every property present (or accept any), only those remain.
            3. Of the rest, the one with the most required properties wins; a tie goes to the one \
            listed first.

            An object that no alternative accepts is an error.""";

    private final RenderScope scope;

    ObjectUnionFiles(RenderScope scope) {
        this.scope = scope;
    }

    GeneratedFile render(ObjectUnion union) {
        if (union.alternatives().isEmpty()) {
            throw new RenderException("the union " + union.schemaName() + " has no alternatives");
        }
        Imports imports = scope.modelImports();
        imports.require("com.fasterxml.jackson.core.JsonParser", "com.fasterxml.jackson.databind.DeserializationContext",
                "com.fasterxml.jackson.databind.JsonNode", "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
                "com.fasterxml.jackson.databind.deser.std.StdDeserializer", "java.io.IOException", "java.util.List",
                "java.util.Set", scope.packages().support() + ".ObjectUnions");
        List<ObjectUnionContext.Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < union.alternatives().size(); i++) {
            ObjectType type = scope.index().objectType(union.alternatives().get(i), union.schemaName());
            alternatives.add(alternative(type, i == union.alternatives().size() - 1));
        }
        String permits = union.alternatives().stream().map(TypeRef.Named::javaName).collect(Collectors.joining(", "));
        ObjectUnionContext context = new ObjectUnionContext(scope.header(), scope.packages().model(), imports.sorted(),
                javadoc(union), union.javaName(), permits, alternatives);
        return scope.file(scope.packages().model(), union.javaName(), "object-union", context);
    }

    private static ObjectUnionContext.Alternative alternative(ObjectType type, boolean last) {
        String required = literals(type.properties().stream().filter(Property::required));
        String known = literals(type.properties().stream());
        return new ObjectUnionContext.Alternative(type.javaName(), required, known,
                type.additionalProperties().isPresent(), last);
    }

    private static String literals(Stream<Property> properties) {
        return properties.map(property -> JavaLiterals.string(property.jsonName())).collect(Collectors.joining(", "));
    }

    private static String javadoc(ObjectUnion union) {
        JavadocComment comment = JavadocComment.of(Docs.orFallback(union.description(),
                "The `" + union.schemaName() + "` union."));
        comment.paragraph(RULE);
        if (union.provisional()) {
            comment.paragraph(Docs.PROVISIONAL);
        }
        return comment.render("");
    }
}
