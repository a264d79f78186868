package dev.appintel.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.appintel.mock.junit.MockServerExtension;
import dev.appintel.mock.junit.MockServerUrl;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openapitools.independent.ApiClient;

/**
 * An independent client: OpenAPI Generator's own Java client (library {@code native}, generated
 * into this module's test sources from the spec) calls every operation with every {@code os} on
 * the mock; every call must return 200 and deserialise into OpenAPI Generator's models. A
 * disagreement is a bug in the spec, the mock or our generator, and is fixed there.
 *
 * <p>The generated methods take the parameters in the spec's order, so each is called by
 * reflection with the values of a valid request ({@link ValidRequests}), converted to the
 * generated types.
 */
@ExtendWith(MockServerExtension.class)
class IndependentClientTest {

    private static final String API_PACKAGE = "org.openapitools.independent.api.";

    @Test
    void everyOperationHasAGeneratedMethod() {
        assertThat(SpecDocument.operations()).allSatisfy(operation -> assertThat(method(operation.operationId(), operation.parameters().size()))
                .isNotNull());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswers200AndDeserialises(@MockServerUrl URI base) {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            List<String> systems = operation.osValues().isEmpty() ? List.of("") : operation.osValues();
            for (String os : systems) {
                tests.add(DynamicTest.dynamicTest(operation.operationId() + (os.isEmpty() ? "" : " " + os), () -> {
                    Method method = method(operation.operationId(), operation.parameters().size());
                    Object api = method.getDeclaringClass().getConstructor(ApiClient.class).newInstance(client(base));
                    Map<String, String> query = ValidRequests.query(operation, os);
                    Type[] types = method.getGenericParameterTypes();
                    Object[] arguments = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        String name = operation.parameters().get(i).path("name").asText();
                        String value = name.equals("os") && operation.parameters().get(i).path("in").asText().equals("path")
                                ? os : query.get(name);
                        arguments[i] = value == null ? null : convert(types[i], value);
                    }
                    Object result;
                    try {
                        result = method.invoke(api, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw new AssertionError(operation.operationId() + " " + os + ": " + e.getCause(), e.getCause());
                    }
                    assertThat(result).as(operation.operationId()).isNotNull();
                }));
            }
        }
        return tests.stream();
    }

    /**
     * A client whose JSON reading is as strict as JSON Schema: no unknown properties (the rows say
     * {@code additionalProperties: false}) and no coercion of scalars (a number is no string). Without
     * it, OpenAPI Generator's {@code oneOf} reading, which does not validate, finds several matching
     * alternatives (an integer app id is also read as a string) and gives up.
     */
    private static ApiClient client(URI base) {
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        ApiClient client = new ApiClient(java.net.http.HttpClient.newBuilder(), mapper, base.toString());
        // The native library has no query API keys: the interceptor adds the (fake) token.
        client.setRequestInterceptor(request -> {
            URI uri = request.build().uri();
            String separator = uri.getRawQuery() == null ? "?" : "&";
            request.uri(URI.create(uri + separator + "auth_token=" + FakeToken.VALUE));
        });
        return client;
    }

    /** The generated method of an operation that takes exactly its parameters (not the overloads). */
    private static Method method(String operationId, int parameters) {
        for (String tag : apiClasses()) {
            try {
                Class<?> type = Class.forName(API_PACKAGE + tag);
                for (Method method : type.getMethods()) {
                    if (method.getName().equals(operationId) && method.getParameterCount() == parameters) {
                        return method;
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no generated method " + operationId);
    }

    /** The generated API classes, one per tag, listed from the compiled test classes. */
    private static List<String> apiClasses() {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of(IndependentClientTest.class
                    .getResource("/" + API_PACKAGE.replace('.', '/')).toURI());
            try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
                return files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith("Api.class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length())).sorted().toList();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(Type type, String value) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType list) {
            List<Object> values = new ArrayList<>();
            for (String item : value.split(",")) {
                values.add(convert(list.getActualTypeArguments()[0], item));
            }
            return values;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return value;
        }
        if (raw == Integer.class) {
            return Integer.valueOf(value);
        }
        if (raw == Long.class) {
            return Long.valueOf(value);
        }
        if (raw == Boolean.class) {
            return Boolean.valueOf(value);
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse(value);
        }
        if (raw.isEnum()) {
            return raw.getMethod("fromValue", String.class).invoke(null, value);
        }
        throw new IllegalArgumentException("no conversion to " + type);
    }
}
