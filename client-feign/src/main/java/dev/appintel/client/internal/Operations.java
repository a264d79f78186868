package dev.appintel.client.internal;

import dev.appintel.client.support.OperationCatalog;
import dev.appintel.runtime.MethodBinding;
import feign.MethodMetadata;
import feign.RequestTemplate;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the generated catalog's {@link MethodBinding} of interface methods and request templates, once per method. */
public final class Operations {

    private static final Map<Method, Optional<MethodBinding>> BY_METHOD = new ConcurrentHashMap<>();

    private Operations() {
    }

    /**
     * The operation a method calls.
     *
     * @param method a method of a generated interface
     * @return its operation, or empty for other methods (such as a request-record overload)
     */
    public static Optional<MethodBinding> of(Method method) {
        return BY_METHOD.computeIfAbsent(method, Operations::find);
    }

    /**
     * The operation a Feign request template was built for.
     *
     * @param template the template, possibly {@code null}
     * @return its operation, or empty when the template names no generated method
     */
    public static Optional<MethodBinding> of(RequestTemplate template) {
        MethodMetadata metadata = template == null ? null : template.methodMetadata();
        return metadata == null || metadata.method() == null ? Optional.empty() : of(metadata.method());
    }

    private static Optional<MethodBinding> find(Method method) {
        return OperationCatalog.operations().stream()
                .filter(binding -> binding.api() == method.getDeclaringClass()
                        && binding.methodName().equals(method.getName())
                        && binding.wireNames().size() == method.getParameterCount())
                .findFirst();
    }
}
