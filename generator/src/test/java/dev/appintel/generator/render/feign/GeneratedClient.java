package dev.appintel.generator.render.feign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import feign.Feign;
import feign.jackson.JacksonDecoder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Reflective access to a compiled sample client: its classes, enum constants, request builders
 * and Feign clients built the way a user would build them.
 */
final class GeneratedClient {

    private final ClassLoader loader;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    GeneratedClient(ClassLoader loader) {
        this.loader = loader;
    }

    /** The Jackson mapper the clients decode with. */
    ObjectMapper mapper() {
        return mapper;
    }

    /** A generated class by its name under the sample's base package, e.g. {@code model.App}. */
    Class<?> type(String name) {
        try {
            return Class.forName(SampleModels.BASE_PACKAGE + "." + name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A constant of a generated enum, e.g. {@code constant("AspectRatio", "V_9_16")}. */
    Object constant(String enumName, String constant) {
        try {
            return type("model." + enumName).getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no " + enumName + "." + constant, e);
        }
    }

    /** The value of a generated enum for a wire value, known or not. */
    Object enumValue(String enumName, Object wireValue) {
        try {
            Class<?> type = type("model." + enumName);
            return type.getMethod("fromValue", wireValue.getClass()).invoke(null, wireValue);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A plain Feign client of a generated interface, as a user without the appintel client would build it. */
    Object client(String apiName, String url) {
        return Feign.builder().decoder(new JacksonDecoder(mapper)).target(type("api." + apiName), url);
    }

    /** Calls the method of that name and number of parameters, rethrowing what it throws. */
    static Object call(Object target, String name, Object... arguments) {
        Method method = Arrays.stream(target.getClass().getInterfaces())
                .flatMap(type -> Arrays.stream(type.getMethods()))
                .filter(candidate -> candidate.getName().equals(name) && candidate.getParameterCount() == arguments.length)
                .filter(candidate -> arguments.length != 1 || arguments[0] == null
                        || candidate.getParameterTypes()[0].isInstance(arguments[0]))
                .findFirst().orElseThrow(() -> new AssertionError("no method " + name + "/" + arguments.length));
        return invoke(method, target, arguments);
    }

    /** Reads a record component or calls a getter without parameters. */
    static Object get(Object target, String accessor) {
        try {
            return invoke(target.getClass().getMethod(accessor), target);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Starts a request builder, e.g. {@code builder("GetCreativesRequest")}. */
    Builder builder(String requestName) {
        try {
            return new Builder(invoke(type("api." + requestName).getMethod("builder"), null));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** A generated request builder, driven by reflection. */
    static final class Builder {

        private final Object builder;

        private Builder(Object builder) {
            this.builder = builder;
        }

        /** Calls the setter that takes a list. */
        Builder list(String name, List<?> values) {
            return set(name, List.class, values);
        }

        /** Calls the varargs setter. */
        Builder varargs(String name, Object... values) {
            Method setter = Arrays.stream(builder.getClass().getMethods())
                    .filter(method -> method.getName().equals(name) && method.isVarArgs())
                    .findFirst().orElseThrow(() -> new AssertionError("no varargs setter " + name));
            Object array = java.lang.reflect.Array.newInstance(setter.getParameterTypes()[0].getComponentType(), values.length);
            for (int i = 0; i < values.length; i++) {
                java.lang.reflect.Array.set(array, i, values[i]);
            }
            invoke(setter, builder, array);
            return this;
        }

        /** Calls the setter of a single value. */
        Builder value(String name, Object value) {
            Method setter = Arrays.stream(builder.getClass().getMethods())
                    .filter(method -> method.getName().equals(name) && !method.isVarArgs()
                            && method.getParameterCount() == 1 && method.getParameterTypes()[0].isInstance(value))
                    .findFirst().orElseThrow(() -> new AssertionError("no setter " + name + " for " + value));
            invoke(setter, builder, value);
            return this;
        }

        private Builder set(String name, Class<?> type, Object value) {
            try {
                invoke(builder.getClass().getMethod(name, type), builder, value);
                return this;
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }

        /** Builds the request. */
        Object build() {
            try {
                return invoke(builder.getClass().getMethod("build"), builder);
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
