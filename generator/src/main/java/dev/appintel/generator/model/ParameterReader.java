package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import dev.appintel.generator.model.Parameter.WireEncoding;
import dev.appintel.generator.naming.JavaNames;
import dev.appintel.generator.naming.NameAllocator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parameters of operations: path-level ones first, then the operation's own, each with
 * its type, wire encoding, limits and {@code x-appintel-*} facts. A component parameter is typed
 * once, so the inline enum it may carry is one type named after the component
 * ({@code OsIosAndroid}); an operation's own inline enum is named after the operation without its
 * leading {@code get}, and the parameter ({@code ChurnAnalysisGranularity}).
 */
final class ParameterReader {

    private final Refs refs;
    private final TypeMapper types;
    private final Extensions extensions;
    private final SpecProblems problems;
    private final ValueFactsReader facts;
    private final ParameterExtensions parameterExtensions;
    private final Map<String, TypeRef> componentTypes = new HashMap<>();

    /** A parameter as used by an operation, and where it is used and defined. */
    private record Use(io.swagger.v3.oas.models.parameters.Parameter definition, String usePointer,
            String definitionPointer, Optional<String> component) {
    }

    ParameterReader(Refs refs, TypeMapper types, Extensions extensions, SpecProblems problems) {
        this.refs = refs;
        this.types = types;
        this.extensions = extensions;
        this.problems = problems;
        this.facts = new ValueFactsReader(refs);
        this.parameterExtensions = new ParameterExtensions(extensions, problems);
    }

    /** Types every component parameter, in spec order, so that their names do not depend on use. */
    void typeComponents() {
        refs.entries(Refs.PARAMETERS).keySet().forEach(name -> refs
                .resolve(refs.entries(Refs.PARAMETERS).get(name), Refs.PARAMETERS.pointer(name), Refs.PARAMETERS)
                .ifPresent(resolved -> componentType(resolved.component().orElse(name), resolved.value())));
    }

    /**
     * The parameters of one operation, with Java names unique within it.
     *
     * @param pathPointer      the path item's pointer
     * @param operationPointer the operation's pointer
     */
    List<Parameter> read(String operationJavaName, List<io.swagger.v3.oas.models.parameters.Parameter> pathLevel,
            String pathPointer, List<io.swagger.v3.oas.models.parameters.Parameter> own, String operationPointer) {
        List<Use> ownUses = uses(own, operationPointer + "/parameters");
        List<Use> all = new ArrayList<>();
        for (Use inherited : uses(pathLevel, pathPointer + "/parameters")) {
            if (ownUses.stream().noneMatch(use -> sameParameter(use, inherited))) {
                all.add(inherited);
            }
        }
        all.addAll(ownUses);
        NameAllocator members = NameAllocator.forMembers();
        String typePrefix = JavaNames.operationTypePrefix(operationJavaName);
        List<Parameter> parameters = new ArrayList<>();
        for (Use use : all) {
            toModel(use, typePrefix, members).ifPresent(parameters::add);
        }
        return parameters;
    }

    private List<Use> uses(List<io.swagger.v3.oas.models.parameters.Parameter> parameters, String listPointer) {
        List<Use> uses = new ArrayList<>();
        for (int i = 0; parameters != null && i < parameters.size(); i++) {
            String at = JsonPointers.child(listPointer, i);
            refs.resolve(parameters.get(i), at, Refs.PARAMETERS)
                    .ifPresent(resolved -> uses.add(new Use(resolved.value(), at, resolved.pointer(), resolved.component())));
        }
        return uses;
    }

    private static boolean sameParameter(Use a, Use b) {
        return String.valueOf(a.definition().getName()).equals(b.definition().getName())
                && String.valueOf(a.definition().getIn()).equals(b.definition().getIn());
    }

    private Optional<Parameter> toModel(Use use, String typePrefix, NameAllocator members) {
        io.swagger.v3.oas.models.parameters.Parameter definition = use.definition();
        Optional<ParameterLocation> location = location(definition, use.definitionPointer());
        if (definition.getName() == null || location.isEmpty()) {
            return Optional.empty();
        }
        String name = definition.getName();
        TypeRef type = use.component().map(component -> componentType(component, definition))
                .orElseGet(() -> ownType(definition, typePrefix + JavaNames.typeName(name), use.definitionPointer()));
        WireEncoding encoding = encoding(definition, type, location.get(), use.definitionPointer());
        ParameterExtensions.Facts extras = parameterExtensions.read(definition.getExtensions(), type, encoding,
                use.definitionPointer());
        ValueFacts values = definition.getSchema() == null ? ValueFacts.NONE : facts.of(definition.getSchema());
        boolean required = location.get() == ParameterLocation.PATH || Boolean.TRUE.equals(definition.getRequired());
        return Optional.of(new Parameter(name, members.allocate(JavaNames.memberName(name)), location.get(), required,
                type, encoding, values.constraints(), values.defaultValue(), text(definition.getDescription()),
                extras.explodedAlias(), extras.earliestDate(), extras.alignment(), problems.locate(use.usePointer())));
    }

    private TypeRef componentType(String component, io.swagger.v3.oas.models.parameters.Parameter definition) {
        TypeRef known = componentTypes.get(component);
        if (known == null) {
            known = ownType(definition, JavaNames.typeName(component), Refs.PARAMETERS.pointer(component));
            componentTypes.put(component, known);
        }
        return known;
    }

    private TypeRef ownType(io.swagger.v3.oas.models.parameters.Parameter definition, String inlineTypeName,
            String pointer) {
        extensions.check(definition.getExtensions(), Extensions.Site.PARAMETER, pointer);
        if (definition.getSchema() == null) {
            problems.report(definition.getContent() == null ? pointer : pointer + "/content",
                    "parameter '" + definition.getName() + "' has no schema; content is not supported");
            return TypeMapper.ANY;
        }
        TypeMapper.Hint hint = new TypeMapper.Hint(inlineTypeName, text(definition.getDescription()));
        int problemsBefore = problems.count();
        TypeRef type = types.map(definition.getSchema(), hint, pointer + "/schema");
        boolean schemaIsBroken = problems.count() > problemsBefore;
        if (!schemaIsBroken && !isSendable(type)) {
            problems.report(pointer + "/schema", "parameter '" + definition.getName() + "' cannot be sent: its schema is "
                    + describe(type) + "; only scalars, enums, scalar unions and lists of them can");
        }
        return type;
    }

    private boolean isSendable(TypeRef type) {
        TypeRef single = type instanceof TypeRef.ListOf list ? list.element() : type;
        return single instanceof TypeRef.Scalar || single instanceof TypeRef.Named named && types.isScalarLike(named);
    }

    private static String describe(TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return "a list of " + describe(list.element()).replaceFirst("^an? ", "");
        }
        if (type instanceof TypeRef.MapOf) {
            return "a map";
        }
        if (type instanceof TypeRef.Named named) {
            return "an object (" + named.schemaName() + ")";
        }
        return type instanceof TypeRef.Scalar scalar ? "a " + scalar.kind() : "any JSON value";
    }

    private Optional<ParameterLocation> location(io.swagger.v3.oas.models.parameters.Parameter definition,
            String pointer) {
        String in = definition.getIn() == null ? "" : definition.getIn();
        for (ParameterLocation location : ParameterLocation.values()) {
            if (location.name().equalsIgnoreCase(in)) {
                return Optional.of(location);
            }
        }
        problems.report(pointer + "/in", "in is '" + in + "'; expected path, query, header or cookie");
        return Optional.empty();
    }

    private WireEncoding encoding(io.swagger.v3.oas.models.parameters.Parameter definition, TypeRef type,
            ParameterLocation location, String pointer) {
        if (!(type instanceof TypeRef.ListOf)) {
            return WireEncoding.SINGLE;
        }
        boolean formByDefault = location == ParameterLocation.QUERY || location == ParameterLocation.COOKIE;
        String style = definition.getStyle() != null ? definition.getStyle().toString() : formByDefault ? "form" : "simple";
        boolean explode = definition.getExplode() != null ? definition.getExplode() : style.equals("form");
        if (style.equals("form")) {
            return explode ? WireEncoding.REPEATED : WireEncoding.COMMA_JOINED;
        }
        if (!style.equals("simple")) {
            problems.report(pointer + "/style", "style " + style + " is not supported for lists; use form or simple");
        }
        return WireEncoding.COMMA_JOINED;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
