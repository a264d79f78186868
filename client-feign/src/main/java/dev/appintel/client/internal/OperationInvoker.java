package dev.appintel.client.internal;

import dev.appintel.runtime.MethodBinding;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/**
 * The handler of the client's proxy of one generated interface: a default method (such as the
 * request-record overload) runs as written and so comes back through the proxy; every other method
 * is an operation, carried out by the {@link CallExecutor} with requests sent through the Feign
 * target.
 */
public final class OperationInvoker implements InvocationHandler {

    private static final Object[] NO_ARGS = {};

    private final Class<?> api;
    private final FeignCall feign;
    private final CallExecutor executor;

    /**
     * @param api      the generated interface
     * @param feign    its Feign target
     * @param executor the client's executor
     */
    public OperationInvoker(Class<?> api, FeignCall feign, CallExecutor executor) {
        this.api = api;
        this.feign = feign;
        this.executor = executor;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        MethodBinding operation = operation(method);
        return executor.call(operation, args == null ? NO_ARGS : args, method.getGenericReturnType(),
                request -> feign.send(operation, method, request));
    }

    /**
     * The merged response of a call, as a tree; used for paging.
     *
     * @param method the interface method
     * @param args   its arguments
     * @return the response
     */
    public Fetched fetch(Method method, Object[] args) {
        MethodBinding operation = operation(method);
        return executor.fetch(operation, args, method.getGenericReturnType(),
                request -> feign.send(operation, method, request));
    }

    private static MethodBinding operation(Method method) {
        return Operations.of(method).orElseThrow(() -> new IllegalStateException(
                method + " is not an operation of the generated catalog; regenerate the client"));
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "AppIntelligence client of " + api.getSimpleName();
            default -> throw new UnsupportedOperationException(method.toString());
        };
    }
}
