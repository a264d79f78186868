package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.EnumConstant;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Property;
import dev.appintel.generator.model.Response;
import dev.appintel.generator.model.TagGroup;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.render.feign.ClientApi.Member;
import dev.appintel.generator.render.feign.ClientApi.MemberKind;
import dev.appintel.generator.render.feign.ClientApi.Type;
import dev.appintel.generator.render.feign.ClientApi.TypeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link ClientApi} off a model with the names and types the Feign target's file
 * renderers use ({@link ApiFiles}, {@link RecordFiles}, {@link EnumFiles}, ...), so that it
 * cannot drift from the generated code.
 */
final class ClientApiReader {

    /** Types are written by their simple names, so the base package makes no difference. */
    private static final Packages PACKAGES = Packages.under("client");

    private final ApiModel model;
    private final JavaTypes types;

    ClientApiReader(ApiModel model) {
        this.model = model;
        this.types = new JavaTypes(PACKAGES, new ModelIndex(model.types()));
    }

    ClientApi read() {
        List<Type> all = new ArrayList<>();
        for (ModelType type : model.types()) {
            all.add(modelType(type));
        }
        for (TagGroup tag : model.tags()) {
            all.add(feignInterface(tag));
            tag.operations().stream().filter(ApiFiles::hasRequest).map(this::request).forEach(all::add);
        }
        all.add(accessors());
        all.sort(Comparator.comparing((Type type) -> type.kind().subpackage()).thenComparing(Type::name));
        return new ClientApi(all);
    }

    private Type modelType(ModelType type) {
        if (type instanceof ObjectType object) {
            return record(object);
        }
        if (type instanceof EnumType enumType) {
            return enumType(enumType);
        }
        if (type instanceof ScalarUnion union) {
            return valueClass(union);
        }
        ObjectUnion union = (ObjectUnion) type;
        List<Member> alternatives = union.alternatives().stream()
                .map(alternative -> new Member(MemberKind.ALTERNATIVE, alternative.javaName(), alternative.javaName()))
                .toList();
        return new Type(TypeKind.SEALED_INTERFACE, union.javaName(), alternatives);
    }

    private Type record(ObjectType type) {
        List<Member> components = new ArrayList<>();
        for (Property property : type.properties()) {
            components.add(component(property.javaName(), property.type()));
        }
        components.add(component(RecordFiles.extraEntriesName(type), RecordFiles.extraEntriesType(type)));
        return new Type(TypeKind.RECORD, type.javaName(), components);
    }

    private Type enumType(EnumType type) {
        List<Member> constants = new ArrayList<>();
        for (EnumConstant constant : type.constants()) {
            constants.add(new Member(MemberKind.CONSTANT, constant.javaName(),
                    JavaLiterals.of(type.valueKind(), constant.value())));
        }
        return new Type(TypeKind.ENUM, type.javaName(), constants);
    }

    /** The factories, the only methods that depend on the union's alternatives. */
    private static Type valueClass(ScalarUnion type) {
        List<Member> factories = new ArrayList<>();
        if (ScalarUnionFiles.integerFactory(type)) {
            factories.add(factory(type, "long"));
        }
        if (ScalarUnionFiles.numberFactory(type)) {
            factories.add(factory(type, "double"));
        }
        if (ScalarUnionFiles.stringFactory(type)) {
            factories.add(factory(type, "String"));
        }
        return new Type(TypeKind.VALUE_CLASS, type.javaName(), factories);
    }

    private static Member factory(ScalarUnion type, String parameterType) {
        return new Member(MemberKind.METHOD, "of(" + parameterType + ")",
                "static " + type.javaName() + " of(" + parameterType + " value)");
    }

    private Type feignInterface(TagGroup tag) {
        List<Member> methods = new ArrayList<>();
        for (Operation operation : tag.operations()) {
            String returnType = operation.success().flatMap(Response::body).map(this::java).orElse("void");
            String parameters = operation.parameters().stream()
                    .map(parameter -> java(parameter.type()) + " " + parameter.javaName())
                    .collect(Collectors.joining(", "));
            methods.add(new Member(MemberKind.METHOD, operation.javaName(),
                    returnType + " " + operation.javaName() + "(" + parameters + ")"));
            if (ApiFiles.hasRequest(operation)) {
                String request = ApiFiles.requestName(operation);
                methods.add(new Member(MemberKind.METHOD, operation.javaName() + "(" + request + ")",
                        returnType + " " + operation.javaName() + "(" + request + " request)"));
            }
        }
        return new Type(TypeKind.FEIGN_INTERFACE, tag.javaName(), methods);
    }

    private Type request(Operation operation) {
        List<Member> components = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            components.add(component(parameter.javaName(), parameter.type()));
        }
        return new Type(TypeKind.REQUEST_RECORD, ApiFiles.requestName(operation), components);
    }

    private Type accessors() {
        List<Member> accessors = new ArrayList<>();
        for (TagGroup tag : model.tags()) {
            String name = CatalogFiles.accessorName(tag.javaName());
            accessors.add(new Member(MemberKind.METHOD, name, tag.javaName() + " " + name + "()"));
        }
        return new Type(TypeKind.ACCESSOR_INTERFACE, CatalogFiles.APIS, accessors);
    }

    private Member component(String name, TypeRef type) {
        return new Member(MemberKind.COMPONENT, name, java(type));
    }

    /** The type by simple names: fresh imports of the model package, which no model type clashes with. */
    private String java(TypeRef type) {
        return types.render(type, new Imports(PACKAGES.model(), Set.of()));
    }
}
