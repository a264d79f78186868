package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows the {@code $ref}s of the document as written. A reference may name a component of the
 * expected section ({@code #/components/parameters/Os}), or any node of the document of the
 * expected kind, such as a parameter or a response written in another operation
 * ({@code #/paths/~1v1~1apps/get/parameters/0}). A reference that leads nowhere, to something of
 * another kind, or round in a circle is reported at its {@code $ref}.
 */
final class Refs {

    /**
     * A kind of object that references lead to: its section of {@code components}, its entries, its
     * class in Swagger Parser's model, and how an object names its reference.
     */
    record Section<T>(String name, String kind, Class<T> type, Function<Components, Map<String, T>> entries,
            Function<T, String> refOf) {

        String prefix() {
            return "#/components/" + name + "/";
        }

        String pointer(String component) {
            return JsonPointers.child("/components/" + name, component);
        }
    }

    static final Section<Schema> SCHEMAS =
            new Section<>("schemas", "schema", Schema.class, Components::getSchemas, Schema::get$ref);
    static final Section<Parameter> PARAMETERS =
            new Section<>("parameters", "parameter", Parameter.class, Components::getParameters, Parameter::get$ref);
    static final Section<ApiResponse> RESPONSES =
            new Section<>("responses", "response", ApiResponse.class, Components::getResponses, ApiResponse::get$ref);
    static final Section<Example> EXAMPLES =
            new Section<>("examples", "example", Example.class, Components::getExamples, Example::get$ref);

    /**
     * What a reference leads to.
     *
     * @param value     the definition
     * @param pointer   where the definition is written
     * @param component the name of the last component followed, if the last reference named one
     */
    record Resolved<T>(T value, String pointer, Optional<String> component) {
    }

    private final OpenAPI document;
    private final Components components;
    private final SpecProblems problems;

    Refs(OpenAPI document, SpecProblems problems) {
        this.document = document;
        this.components = document.getComponents() == null ? new Components() : document.getComponents();
        this.problems = problems;
    }

    /**
     * Follows {@code value}'s references, if any, to its definition.
     *
     * @param pointer where {@code value} is written
     * @return empty when a reference is broken (and reported)
     */
    <T> Optional<Resolved<T>> resolve(T value, String pointer, Section<T> section) {
        Resolved<T> current = new Resolved<>(value, pointer, Optional.empty());
        Set<String> followed = new LinkedHashSet<>();
        while (current.value() != null && section.refOf().apply(current.value()) != null) {
            String refPointer = current.pointer() + "/$ref";
            Optional<Resolved<T>> next = target(section.refOf().apply(current.value()), refPointer, section);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (!followed.add(next.get().pointer())) {
                problems.report(refPointer, "$ref goes round in a circle: " + String.join(" -> ", followed) + " -> "
                        + next.get().pointer());
                return Optional.empty();
            }
            current = next.get();
        }
        if (current.value() == null) {
            problems.report(current.pointer(), "empty definition");
            return Optional.empty();
        }
        return Optional.of(current);
    }

    /**
     * What one reference names, without following it further.
     *
     * @param pointer where the {@code $ref} is written, for problems
     * @return empty when it names nothing of the section's kind (reported)
     */
    <T> Optional<Resolved<T>> target(String ref, String pointer, Section<T> section) {
        Optional<Resolved<T>> found = quietTarget(ref, section);
        if (found.isEmpty()) {
            Optional<Object> named = ref.startsWith("#") ? DocumentPointers.find(document, JsonPointers.ofFragment(ref))
                    : Optional.empty();
            problems.report(pointer, named.isPresent() && named.get() != null
                    ? "$ref '" + ref + "' points to something that is not a " + section.kind()
                    : "$ref '" + ref + "' points to nothing");
        }
        return found;
    }

    /** What one reference names, if it names something of the section's kind; reports nothing. */
    <T> Optional<Resolved<T>> quietTarget(String ref, Section<T> section) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.startsWith(section.prefix()) && ref.indexOf('/', section.prefix().length()) < 0) {
            String name = ref.substring(section.prefix().length());
            T entry = entries(section).get(name);
            return entry == null ? Optional.empty()
                    : Optional.of(new Resolved<>(entry, section.pointer(name), Optional.of(name)));
        }
        if (!ref.startsWith("#/")) {
            return Optional.empty();
        }
        String pointer = JsonPointers.ofFragment(ref);
        return DocumentPointers.find(document, pointer).filter(section.type()::isInstance)
                .map(found -> new Resolved<>(section.type().cast(found), pointer, Optional.empty()));
    }

    /** The component a reference names, without reporting anything when it does not name one. */
    Optional<String> quietComponentName(String ref, Section<?> section) {
        return quietTarget(ref, section).flatMap(Resolved::component);
    }

    /** The entries of a section, in spec order; empty when the section is absent. */
    <T> Map<String, T> entries(Section<T> section) {
        Map<String, T> entries = section.entries().apply(components);
        return entries == null ? Map.of() : entries;
    }

    /** A schema component by name; the caller knows it exists. */
    Schema<?> schema(String name) {
        return entries(SCHEMAS).get(name);
    }

    /**
     * The schema a schema stands for: itself, or the definition its references lead to; null when a
     * reference is broken or goes round in a circle. Reports nothing.
     */
    Schema<?> definition(Schema<?> schema) {
        Set<String> followed = new HashSet<>();
        Schema<?> current = schema;
        while (current != null && current.get$ref() != null) {
            Optional<Resolved<Schema>> target = quietTarget(current.get$ref(), SCHEMAS);
            if (target.isEmpty() || !followed.add(target.get().pointer())) {
                return null;
            }
            current = target.get().value();
        }
        return current;
    }
}
