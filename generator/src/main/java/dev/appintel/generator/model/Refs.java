package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows the {@code $ref}s of the document as written. Only references to components of the
 * expected section are accepted; a reference that leads nowhere or round in a circle is reported
 * where it is written.
 */
final class Refs {

    /** A section of {@code components}: its name, its entries, and how an entry names its reference. */
    record Section<T>(String name, Function<Components, Map<String, T>> entries, Function<T, String> refOf) {

        String prefix() {
            return "#/components/" + name + "/";
        }

        String pointer(String component) {
            return JsonPointers.child("/components/" + name, component);
        }
    }

    static final Section<Schema> SCHEMAS = new Section<>("schemas", Components::getSchemas, Schema::get$ref);
    static final Section<Parameter> PARAMETERS =
            new Section<>("parameters", Components::getParameters, Parameter::get$ref);
    static final Section<ApiResponse> RESPONSES =
            new Section<>("responses", Components::getResponses, ApiResponse::get$ref);
    static final Section<Example> EXAMPLES = new Section<>("examples", Components::getExamples, Example::get$ref);

    /**
     * What a reference leads to.
     *
     * @param value     the definition
     * @param pointer   where the definition is written
     * @param component the name of the last component followed, if any reference was
     */
    record Resolved<T>(T value, String pointer, Optional<String> component) {
    }

    private final Components components;
    private final SpecProblems problems;

    Refs(OpenAPI document, SpecProblems problems) {
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
        T current = value;
        String at = pointer;
        Optional<String> component = Optional.empty();
        Set<String> followed = new LinkedHashSet<>();
        while (current != null && section.refOf().apply(current) != null) {
            Optional<String> name = componentName(section.refOf().apply(current), at, section);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            if (!followed.add(name.get())) {
                problems.report(at, "$ref goes round in a circle: " + String.join(" -> ", followed) + " -> " + name.get());
                return Optional.empty();
            }
            current = entries(section).get(name.get());
            at = section.pointer(name.get());
            component = name;
        }
        if (current == null) {
            problems.report(at, "empty definition");
            return Optional.empty();
        }
        return Optional.of(new Resolved<>(current, at, component));
    }

    /** The component a reference names, if it is a reference to an existing entry of the section. */
    Optional<String> componentName(String ref, String pointer, Section<?> section) {
        if (!ref.startsWith(section.prefix())) {
            problems.report(pointer, "$ref '" + ref + "' should point into " + section.prefix().substring(1));
            return Optional.empty();
        }
        String name = ref.substring(section.prefix().length());
        if (!entries(section).containsKey(name)) {
            problems.report(pointer, "$ref '" + ref + "' points to nothing");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** The component a reference names, without reporting anything when it does not name one. */
    Optional<String> quietComponentName(String ref, Section<?> section) {
        if (ref == null || !ref.startsWith(section.prefix())) {
            return Optional.empty();
        }
        String name = ref.substring(section.prefix().length());
        return entries(section).containsKey(name) ? Optional.of(name) : Optional.empty();
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
}
