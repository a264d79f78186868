package dev.appintel.contract;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.appintel.client.AppIntelligence;
import dev.appintel.client.api.Apis;
import dev.appintel.spec.testing.SpecDocument;
import feign.Param;
import feign.RequestLine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls an operation of the spec through the generated client, with nothing written for it by hand:
 * the method is the one of the client's API interfaces whose {@code @RequestLine} has the
 * operation's path, and each value of a request from the spec is converted to its parameter's Java
 * type (enums by their wire value, lists from comma-separated values, dates, booleans, integers).
 * Parameters the request leaves out are passed as {@code null}.
 */
final class SpecClientCalls {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{(\\w+)}");

    private SpecClientCalls() {
    }

    /**
     * Calls {@code operation} through {@code client} with {@code os} (ignored when its path has none)
     * and {@code query}, and returns what the client returned.
     *
     * @throws IllegalStateException naming the operation, when the client has no method for it or a
     *     value cannot be passed to it
     */
    static Object call(AppIntelligence client, SpecDocument.Operation operation, String os, Map<String, String> query) {
        Method method = method(operation);
        Object[] arguments = arguments(operation, method, os, query);
        try {
            return method.invoke(client.api(method.getDeclaringClass()), arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(operation.operationId() + " failed through the client's "
                    + method.getName() + ": " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(operation.operationId() + ": cannot call " + method, e);
        }
    }

    /** The abstract method whose request line is {@code GET <path>}, with or without a query. */
    static Method method(SpecDocument.Operation operation) {
        String line = "GET " + operation.path();
        List<Method> matches = new ArrayList<>();
        for (Class<?> api : apiInterfaces()) {
            for (Method method : api.getMethods()) {
                RequestLine requestLine = method.getAnnotation(RequestLine.class);
                if (requestLine != null && Modifier.isAbstract(method.getModifiers())
                        && (requestLine.value().equals(line) || requestLine.value().startsWith(line + "?"))) {
                    matches.add(method);
                }
            }
        }
        if (matches.size() != 1) {
            throw new IllegalStateException(operation.operationId() + " cannot be called through the client: "
                    + matches.size() + " methods of its API interfaces have the request line " + line + " " + matches);
        }
        return matches.get(0);
    }

    /** The interfaces the client's accessors ({@code appOverview()}, ...) return. */
    private static List<Class<?>> apiInterfaces() {
        return Arrays.stream(Apis.class.getMethods())
                .filter(accessor -> accessor.getParameterCount() == 0 && accessor.getReturnType().isInterface())
                .<Class<?>>map(Method::getReturnType).distinct().toList();
    }

    private static Object[] arguments(SpecDocument.Operation operation, Method method, String os, Map<String, String> query) {
        String template = method.getAnnotation(RequestLine.class).value();
        int start = template.indexOf('?');
        Map<String, String> queryNameByVariable = queryNames(start < 0 ? "" : template.substring(start + 1));
        List<String> pathVariables = new ArrayList<>();
        Matcher variables = TEMPLATE_VARIABLE.matcher(start < 0 ? template : template.substring(0, start));
        while (variables.find()) {
            pathVariables.add(variables.group(1));
        }
        List<String> unsent = new ArrayList<>(query.keySet());
        unsent.removeAll(queryNameByVariable.values());
        if (!unsent.isEmpty()) {
            throw new IllegalStateException(operation.operationId() + " cannot be called through the client: "
                    + method.getName() + " sends no query parameter " + unsent + " (request line " + template + ")");
        }
        Object[] arguments = new Object[method.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            Param param = method.getParameters()[i].getAnnotation(Param.class);
            if (param == null) {
                throw new IllegalStateException(operation.operationId() + " cannot be called through the client: parameter "
                        + i + " of " + method.getName() + " has no @Param");
            }
            String value;
            if (pathVariables.contains(param.value())) {
                if (!param.value().equals("os")) {
                    throw new IllegalStateException(operation.operationId() + " cannot be called through the client: "
                            + "a request from the spec has no value for the path variable {" + param.value() + "}");
                }
                value = os;
            } else {
                value = query.get(queryNameByVariable.get(param.value()));
            }
            arguments[i] = value == null ? null : convert(operation, method, i, value);
        }
        return arguments;
    }

    /** Query names by template variable: {@code app_ids={appIds}} maps {@code appIds} to {@code app_ids}. */
    private static Map<String, String> queryNames(String queryTemplate) {
        Map<String, String> names = new HashMap<>();
        for (String pair : queryTemplate.split("&")) {
            Matcher variable = TEMPLATE_VARIABLE.matcher(pair);
            int equals = pair.indexOf('=');
            if (equals > 0 && variable.find()) {
                names.put(variable.group(1), URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    private static Object convert(SpecDocument.Operation operation, Method method, int index, String value) {
        JavaType type = MAPPER.getTypeFactory().constructType(method.getGenericParameterTypes()[index]);
        JsonNode node = TextNode.valueOf(value);
        if (type.isCollectionLikeType()) {
            ArrayNode items = MAPPER.createArrayNode();
            Arrays.stream(value.split(",")).forEach(items::add);
            node = items;
        }
        try {
            return MAPPER.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(operation.operationId() + " cannot be called through the client: \"" + value
                    + "\" is no " + type + " (parameter " + index + " of " + method.getName() + ")", e);
        }
    }
}
