package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.TargetOptions;
import dev.appintel.generator.render.feign.ClientApi.Member;
import dev.appintel.generator.render.feign.ClientApi.MemberKind;
import dev.appintel.generator.render.feign.ClientApi.Type;
import dev.appintel.generator.render.feign.ClientApi.TypeKind;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The described API is the generated one: the sample client is compiled, and its classes,
 * checked by reflection, have exactly the described members.
 */
class ClientApiTest {

    private static final ApiModel MODEL = SampleModels.appIntelligence();
    private static final ClientApi API = ClientApi.of(MODEL);

    @Test
    void everyGeneratedModelAndApiTypeIsDescribedAndNothingElse() {
        List<String> generated = render().stream().map(GeneratedFile::relativePath)
                .filter(path -> path.contains("/model/") || path.contains("/api/"))
                .filter(path -> !path.endsWith("/package-info.java"))
                .map(path -> path.substring(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1, path.length() - 5))
                .toList();

        assertThat(API.types()).extracting(type -> type.kind().subpackage() + "/" + type.name())
                .containsExactlyInAnyOrderElementsOf(generated);
    }

    @Test
    void theCompiledClassesHaveExactlyTheDescribedMembers() throws Exception {
        GeneratedSources.Compilation compilation = GeneratedSources.compile("client-api", render());
        assertThat(compilation.diagnostics()).isEmpty();

        try (URLClassLoader loader = compilation.classLoader()) {
            for (Type type : API.types()) {
                Class<?> generated = loader.loadClass(SampleModels.BASE_PACKAGE + "." + type.kind().subpackage()
                        + "." + type.name());
                List<String> members = membersOf(generated, type.kind());
                if (ordered(type.kind())) {
                    assertThat(members).as(type.name()).containsExactlyElementsOf(comparable(type));
                } else {
                    assertThat(members).as(type.name()).containsExactlyInAnyOrderElementsOf(comparable(type));
                }
            }
        }
    }

    @Test
    void aRequestRecordComesWithItsOverloadAndTheSameNames() {
        Type sales = type(TypeKind.FEIGN_INTERFACE, "DownloadsRevenueApi");
        Member positional = sales.members().stream().filter(member -> member.key().equals("getSalesReportEstimates"))
                .findFirst().orElseThrow();
        String request = "GetSalesReportEstimatesRequest";

        assertThat(sales.members()).contains(new Member(MemberKind.METHOD, "getSalesReportEstimates(" + request + ")",
                positional.signature().substring(0, positional.signature().indexOf('(')) + "(" + request + " request)"));
        assertThat(type(TypeKind.REQUEST_RECORD, request).members()).extracting(Member::key)
                .containsExactlyElementsOf(MODEL.operations().stream()
                        .filter(operation -> operation.javaName().equals("getSalesReportEstimates"))
                        .flatMap(operation -> operation.parameters().stream())
                        .map(parameter -> parameter.javaName()).toList());
    }

    @Test
    void theSameModelGivesTheSameApi() {
        assertThat(ClientApi.of(SampleModels.appIntelligence())).isEqualTo(API);
        assertThat(API.types()).isSortedAccordingTo(Comparator.comparing((Type type) -> type.kind().subpackage())
                .thenComparing(Type::name));
    }

    private static Type type(TypeKind kind, String name) {
        return API.types().stream().filter(type -> type.kind() == kind && type.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** The members as reflection can see them: enum constants without their wire values. */
    private static List<String> comparable(Type type) {
        return type.members().stream()
                .map(member -> member.kind() == MemberKind.CONSTANT ? member.key() : member.key() + " = " + member.signature())
                .toList();
    }

    private static List<String> membersOf(Class<?> generated, TypeKind kind) {
        return switch (kind) {
            case RECORD, REQUEST_RECORD -> Arrays.stream(generated.getRecordComponents())
                    .map(component -> component.getName() + " = " + simple(component.getGenericType()))
                    .toList();
            case ENUM -> Arrays.stream(generated.getDeclaredFields())
                    .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == generated)
                    .map(Field::getName).toList();
            case VALUE_CLASS -> Arrays.stream(generated.getDeclaredMethods())
                    .filter(method -> Modifier.isStatic(method.getModifiers()) && method.getName().equals("of"))
                    .map(method -> "of(" + simple(method.getParameterTypes()[0]) + ") = static "
                            + generated.getSimpleName() + " of(" + simple(method.getParameterTypes()[0]) + " value)")
                    .toList();
            case SEALED_INTERFACE -> Arrays.stream(generated.getPermittedSubclasses())
                    .map(permitted -> permitted.getSimpleName() + " = " + permitted.getSimpleName()).toList();
            case FEIGN_INTERFACE -> Arrays.stream(generated.getDeclaredMethods())
                    .filter(method -> !Modifier.isStatic(method.getModifiers()))
                    .map(method -> method(method, method.isDefault()))
                    .toList();
            // Only the accessors depend on the spec; the method they call is always the same.
            case ACCESSOR_INTERFACE -> Arrays.stream(generated.getDeclaredMethods())
                    .filter(Method::isDefault)
                    .map(method -> method(method, false))
                    .toList();
        };
    }

    /** Reflection keeps the order of record components and enum constants only, the order that matters to callers. */
    private static boolean ordered(TypeKind kind) {
        return kind == TypeKind.RECORD || kind == TypeKind.REQUEST_RECORD || kind == TypeKind.ENUM;
    }

    /** A method as {@code key = signature}; an overload taking a request record has the record in its key. */
    private static String method(Method method, boolean takesRequest) {
        String key = takesRequest ? method.getName() + "(" + method.getParameterTypes()[0].getSimpleName() + ")"
                : method.getName();
        String parameters = Arrays.stream(method.getParameters())
                .map(parameter -> simple(parameter.getParameterizedType()) + " " + parameter.getName())
                .collect(Collectors.joining(", "));
        return key + " = " + simple(method.getGenericReturnType()) + " " + method.getName() + "(" + parameters + ")";
    }

    private static String simple(java.lang.reflect.Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return simple(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(ClientApiTest::simple).collect(Collectors.joining(", ", "<", ">"));
        }
        return type instanceof Class<?> named ? named.getSimpleName() : type.getTypeName();
    }

    private static List<GeneratedFile> render() {
        return new FeignClientTarget().render(MODEL, new TargetOptions(SampleModels.BASE_PACKAGE, Optional.empty()));
    }
}
