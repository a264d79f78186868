package dev.appintel.runtime;

import java.util.List;
import java.util.Objects;

/**
 * An operation as a generated client calls it: the interface method that carries it out and the
 * order of that method's arguments, which need not be the order of the spec's parameters.
 *
 * @param spec       the operation
 * @param api        the generated interface that declares the method
 * @param methodName the method's name
 * @param wireNames  the wire name of each argument, in argument order
 * @param javaNames  the Java name of each argument, in argument order, for messages
 */
public record MethodBinding(OperationSpec spec, Class<?> api, String methodName, List<String> wireNames,
        List<String> javaNames) {

    public MethodBinding {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(methodName, "methodName");
        wireNames = List.copyOf(wireNames);
        javaNames = List.copyOf(javaNames);
        if (wireNames.size() != javaNames.size()) {
            throw new IllegalArgumentException(spec.operationId() + ": " + wireNames.size() + " wire names but "
                    + javaNames.size() + " Java names");
        }
        for (String name : wireNames) {
            if (spec.param(name).isEmpty()) {
                throw new IllegalArgumentException(spec.operationId() + " has no parameter '" + name + "'");
            }
        }
    }

    /**
     * Returns the operation's id.
     *
     * @return the operation's id
     */
    public String operationId() {
        return spec.operationId();
    }

    /**
     * The position of a parameter among the method's arguments.
     *
     * @param wireName the parameter's wire name
     * @return its index
     * @throws IllegalArgumentException when the method has no such argument
     */
    public int indexOf(String wireName) {
        int index = wireNames.indexOf(wireName);
        if (index < 0) {
            throw new IllegalArgumentException(spec.operationId() + " has no argument for '" + wireName + "'");
        }
        return index;
    }

    /**
     * The parameter an argument carries.
     *
     * @param index the argument's position
     * @return its parameter
     */
    public Param param(int index) {
        return spec.param(wireNames.get(index)).orElseThrow();
    }
}
