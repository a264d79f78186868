package dev.appintel.generator.model;

import dev.appintel.generator.load.SpecProblems;
import dev.appintel.generator.naming.JavaNames;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns schemas into {@link TypeRef}s. A reference to a component that is a model type becomes
 * {@link TypeRef.Named}; a reference to an alias becomes the type the alias stands for. Inline
 * enums and inline objects with properties become model types named by the caller's {@link Hint}.
 */
final class TypeMapper {

    static final TypeRef ANY = new TypeRef.Any();

    /**
     * What to call an inline type met on the way, and its description when its schema has none.
     */
    record Hint(String javaName, String description) {
    }

    private final Refs refs;
    private final SchemaShapes shapes;
    private final TypeRegistry registry;
    private final Extensions extensions;
    private final SpecProblems problems;
    private final TypeDefiner definer;
    private final Map<String, TypeRef> aliases = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();
    private final Set<String> following = new HashSet<>();

    TypeMapper(Refs refs, TypeRegistry registry, Extensions extensions, SpecProblems problems) {
        this.refs = refs;
        this.shapes = new SchemaShapes(refs);
        this.registry = registry;
        this.extensions = extensions;
        this.problems = problems;
        this.definer = new TypeDefiner(this, shapes, refs, registry, problems);
    }

    /** Gives every component schema that is a model type its Java name, in spec order. */
    void declareComponents() {
        for (String name : refs.entries(Refs.SCHEMAS).keySet()) {
            if (shapes.kindOf(name).isModelType()) {
                registry.declareComponent(name, JavaNames.typeName(name));
            }
        }
        registry.reserveComponentSchemaNames();
    }

    /** Defines every component model type and expands every alias, in spec order. */
    void defineComponents() {
        refs.entries(Refs.SCHEMAS).forEach((name, schema) -> {
            if (shapes.kindOf(name).isModelType()) {
                String pointer = Refs.SCHEMAS.pointer(name);
                extensions.check(schema.getExtensions(), Extensions.Site.SCHEMA, pointer);
                registry.define(definer.define(registry.component(name), schema, pointer, ""));
            } else {
                component(name);
            }
        });
    }

    /**
     * The type of a schema.
     *
     * @param pointer where the schema is written
     */
    TypeRef map(Schema<?> schema, Hint hint, String pointer) {
        if (schema == null) {
            return ANY;
        }
        if (schema.get$ref() != null) {
            return refs.target(schema.get$ref(), pointer + "/$ref", Refs.SCHEMAS)
                    .map(target -> target.component().map(this::component).orElseGet(() -> referenced(target, hint)))
                    .orElse(ANY);
        }
        extensions.check(schema.getExtensions(), Extensions.Site.SCHEMA, pointer);
        return switch (SchemaShapes.shape(schema)) {
            case ONE_OF -> union(schema, hint, pointer);
            case ENUM, OBJECT -> defineInline(schema, hint, pointer);
            case ARRAY -> new TypeRef.ListOf(map(schema.getItems(), hint, pointer + "/items"));
            case MAP -> new TypeRef.MapOf(additionalProperties(schema, hint, pointer).orElse(ANY));
            case SCALAR -> new TypeRef.Scalar(SchemaShapes.ownScalarKind(schema).orElseThrow());
            case ANY, REF -> ANY;
            case OTHER_COMPOSITION -> unsupported(compositionPointer(schema, pointer),
                    "allOf, anyOf and not are not supported; use oneOf");
            case UNKNOWN -> unsupported(pointer + "/type", "unknown type '" + schema.getType() + "'");
        };
    }

    /**
     * The type of a component schema: its name if it is a model type, else what it stands for.
     */
    TypeRef component(String name) {
        if (shapes.kindOf(name).isModelType()) {
            return registry.component(name);
        }
        TypeRef expanded = aliases.get(name);
        if (expanded != null) {
            return expanded;
        }
        String pointer = Refs.SCHEMAS.pointer(name);
        if (!expanding.add(name)) {
            return unsupported(pointer, "schema " + name + " is defined in terms of itself");
        }
        Schema<?> schema = refs.schema(name);
        String description = schema == null || schema.getDescription() == null ? "" : schema.getDescription();
        TypeRef target = map(schema, new Hint(JavaNames.typeName(name), description), pointer);
        expanding.remove(name);
        aliases.put(name, target);
        return target;
    }

    /**
     * The type of a schema that a reference names outside {@code components/schemas} (such as
     * another operation's parameter schema): mapped where it is written, with the referrer's hint.
     */
    private TypeRef referenced(Refs.Resolved<Schema> target, Hint hint) {
        if (!following.add(target.pointer())) {
            return unsupported(target.pointer(), "the schema at " + target.pointer() + " is defined in terms of itself");
        }
        TypeRef type = map(target.value(), hint, target.pointer());
        following.remove(target.pointer());
        return type;
    }

    /** The type of an object's extra entries: the schema's, {@code Any} for {@code true}, none otherwise. */
    Optional<TypeRef> additionalProperties(Schema<?> schema, Hint hint, String pointer) {
        Object additional = schema.getAdditionalProperties();
        if (additional instanceof Schema<?> entries) {
            return Optional.of(map(entries, hint, pointer + "/additionalProperties"));
        }
        return Boolean.TRUE.equals(additional) ? Optional.of(ANY) : Optional.empty();
    }

    /** Whether a named type is an enum, or a union of scalars: something a parameter can carry. */
    boolean isScalarLike(TypeRef.Named named) {
        return registry.type(named)
                .filter(type -> type instanceof ModelType.EnumType || type instanceof ModelType.ScalarUnion).isPresent();
    }

    private TypeRef union(Schema<?> schema, Hint hint, String pointer) {
        List<Schema> alternatives = schema.getOneOf();
        if (shapes.unionKind(alternatives).isModelType()) {
            return defineInline(schema, hint, pointer);
        }
        List<Optional<TypeRef.ScalarKind>> kinds = alternatives.stream().map(shapes::scalarKind).distinct().toList();
        boolean oneScalar = kinds.size() == 1 && kinds.get(0).isPresent();
        return oneScalar ? new TypeRef.Scalar(kinds.get(0).get()) : ANY;
    }

    private TypeRef defineInline(Schema<?> schema, Hint hint, String pointer) {
        TypeRef.Named named = registry.declareInline(hint.javaName());
        registry.define(definer.define(named, schema, pointer, hint.description()));
        return named;
    }

    /** The pointer of the schema's first {@code allOf}, {@code anyOf} or {@code not}. */
    private static String compositionPointer(Schema<?> schema, String pointer) {
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return pointer + "/allOf";
        }
        return pointer + (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty() ? "/anyOf" : "/not");
    }

    private TypeRef unsupported(String pointer, String message) {
        problems.report(pointer, message);
        return ANY;
    }
}
