package dev.appintel.generator.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Resolves template names like Mustache.java's reflection handler, but fails instead of
 * rendering nothing: a name no scope provides, or one whose value is {@code null}, throws a
 * {@link MissingValueException}.
 */
final class StrictObjectHandler extends ReflectionObjectHandler {

    @Override
    public Wrapper find(String name, List<Object> scopes) {
        Wrapper wrapper = super.find(name, scopes);
        if (wrapper instanceof MissingWrapper) {
            throw new MissingValueException(name, "is not in the context (" + describe(scopes) + ")");
        }
        return wrapper;
    }

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        Binding binding = super.createBinding(name, tc, code);
        return scopes -> {
            Object value = binding.get(scopes);
            if (value == null) {
                throw new MissingValueException(name, "is null (" + describe(scopes) + ")");
            }
            return value;
        };
    }

    private static String describe(List<Object> scopes) {
        return scopes.stream()
                .filter(Objects::nonNull)
                .map(scope -> scope.getClass().getSimpleName())
                .collect(Collectors.joining(" > "));
    }
}
