package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import dev.appintel.generator.naming.JavaNames;
import dev.appintel.generator.naming.NameAllocator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the model type of a schema that is one: an object with properties, an enum, or a
 * {@code oneOf} of object types or of scalars. Member and constant names are made unique within
 * the type.
 */
final class TypeDefiner {

    private final TypeMapper mapper;
    private final SchemaShapes shapes;
    private final Refs refs;
    private final TypeRegistry registry;
    private final SpecProblems problems;
    private final ValueFactsReader facts;

    TypeDefiner(TypeMapper mapper, SchemaShapes shapes, Refs refs, TypeRegistry registry, SpecProblems problems) {
        this.mapper = mapper;
        this.shapes = shapes;
        this.refs = refs;
        this.registry = registry;
        this.problems = problems;
        this.facts = new ValueFactsReader(refs);
    }

    /**
     * The type named {@code named} that {@code schema} defines.
     *
     * @param fallbackDescription the description to use when the schema has none
     */
    ModelType define(TypeRef.Named named, Schema<?> schema, String pointer, String fallbackDescription) {
        Header header = new Header(named, schema.getDescription() == null ? fallbackDescription : schema.getDescription(),
                isProvisional(schema), problems.locate(pointer));
        return switch (SchemaShapes.shape(schema)) {
            case OBJECT -> objectType(header, schema, pointer);
            case ENUM -> enumType(header, schema);
            case ONE_OF -> union(header, schema.getOneOf());
            default -> throw new IllegalStateException(named.schemaName() + " is not a model type");
        };
    }

    private ModelType objectType(Header header, Schema<?> schema, String pointer) {
        List<String> listed = schema.getRequired() == null ? List.of() : schema.getRequired();
        Set<String> required = new LinkedHashSet<>(listed);
        NameAllocator members = NameAllocator.forMembers();
        List<Property> properties = new ArrayList<>();
        for (Map.Entry<String, Schema> entry : schema.getProperties().entrySet()) {
            String at = JsonPointers.child(pointer + "/properties", entry.getKey());
            properties.add(property(header.named().javaName(), entry.getKey(), entry.getValue(),
                    required.remove(entry.getKey()), at, members));
        }
        required.forEach(name -> problems.report(JsonPointers.child(pointer + "/required", listed.indexOf(name)),
                "required names '" + name + "', which is not a property of " + header.named().schemaName()));
        TypeMapper.Hint entries = new TypeMapper.Hint(header.named().javaName() + "Value", "");
        return new ModelType.ObjectType(header.named().schemaName(), header.named().javaName(), header.description(),
                header.provisional(), header.source(), properties, mapper.additionalProperties(schema, entries, pointer));
    }

    private Property property(String owner, String jsonName, Schema<?> schema, boolean required, String pointer,
            NameAllocator members) {
        String description = schema == null || schema.getDescription() == null ? "" : schema.getDescription();
        TypeRef type = mapper.map(schema, new TypeMapper.Hint(owner + JavaNames.typeName(jsonName), description),
                pointer);
        ValueFacts values = schema == null ? ValueFacts.NONE : facts.of(schema);
        return new Property(jsonName, members.allocate(JavaNames.memberName(jsonName)), type, required,
                values.nullable(), values.constraints(), description, values.unit());
    }

    private ModelType enumType(Header header, Schema<?> schema) {
        TypeRef.ScalarKind kind = SchemaShapes.ownScalarKind(schema).orElse(TypeRef.ScalarKind.STRING);
        NameAllocator names = NameAllocator.forConstants();
        List<EnumConstant> constants = new ArrayList<>();
        schema.getEnum().stream().filter(Objects::nonNull).map(ValueFactsReader::asWritten).distinct()
                .forEachOrdered(value -> constants.add(new EnumConstant(value,
                        names.allocate(JavaNames.constantName(value)))));
        return new ModelType.EnumType(header.named().schemaName(), header.named().javaName(), header.description(),
                header.provisional(), header.source(), kind, constants);
    }

    private ModelType union(Header header, List<Schema> alternatives) {
        TypeRef.Named named = header.named();
        if (shapes.unionKind(alternatives) == SchemaShapes.Kind.OBJECT_UNION) {
            List<TypeRef.Named> objects = alternatives.stream()
                    .map(alternative -> refs.quietComponentName(alternative.get$ref(), Refs.SCHEMAS).orElseThrow())
                    .map(registry::component).toList();
            return new ModelType.ObjectUnion(named.schemaName(), named.javaName(), header.description(),
                    header.provisional(), header.source(), objects);
        }
        List<TypeRef.ScalarKind> kinds = alternatives.stream().map(shapes::scalarKind).map(Optional::orElseThrow)
                .distinct().toList();
        return new ModelType.ScalarUnion(named.schemaName(), named.javaName(), header.description(),
                header.provisional(), header.source(), kinds);
    }

    private static boolean isProvisional(Schema<?> schema) {
        return schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get(Extensions.PROVISIONAL));
    }

    /** What every model type has: its names, description, provisional flag and location. */
    private record Header(TypeRef.Named named, String description, boolean provisional, SourceLocation source) {
    }
}
