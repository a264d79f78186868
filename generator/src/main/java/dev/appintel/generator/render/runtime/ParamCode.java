package dev.appintel.generator.render.runtime;

import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Parameter.WireEncoding;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.RenderException;
import java.util.Optional;

/**
 * Writes a parameter as a Java expression over the generated {@code Param}: its wire name,
 * location, value kind, list encoding, and every limit the spec gives it.
 */
final class ParamCode {

    private final ModelIndex types;

    ParamCode(ModelIndex types) {
        this.types = types;
    }

    /**
     * The {@code Param} expression of one parameter of {@code operation}.
     *
     * @throws RenderException when the parameter's type or encoding cannot be bound from a request
     */
    String of(Operation operation, Parameter parameter) {
        StringBuilder code = new StringBuilder("Param.of(" + JavaLiterals.string(parameter.name()) + ", Param.Location."
                + parameter.location().name() + ", " + ShapeCode.kind(kind(operation, parameter)) + ")");
        if (parameter.encoding() != WireEncoding.SINGLE) {
            code.append(".encodedAs(Param.Encoding.").append(parameter.encoding().name()).append(")");
        }
        if (parameter.required()) {
            code.append(".asRequired()");
        }
        if (!parameter.constraints().allowedValues().isEmpty()) {
            code.append(".allowing(").append(JavaLiterals.strings(parameter.constraints().allowedValues())).append(")");
        }
        ShapeCode.limits(parameter.constraints(), Optional.empty())
                .ifPresent(limits -> code.append(".withLimits(").append(limits).append(")"));
        parameter.defaultValue().ifPresent(value -> code.append(".withDefault(").append(JavaLiterals.string(value)).append(")"));
        parameter.explodedAlias().ifPresent(alias -> code.append(".withExplodedAlias(").append(JavaLiterals.string(alias)).append(")"));
        parameter.earliestDate().ifPresent(date -> code.append(".withEarliestDate(\"").append(date).append("\")"));
        parameter.alignment().ifPresent(alignment -> code.append(".alignedTo(Param.Alignment.").append(alignment.name()).append(")"));
        return code.toString();
    }

    private TypeRef.ScalarKind kind(Operation operation, Parameter parameter) {
        boolean list = parameter.type() instanceof TypeRef.ListOf;
        if (list != (parameter.encoding() != WireEncoding.SINGLE)) {
            throw problem(operation, parameter, "has the encoding " + parameter.encoding() + ", which does not fit its type");
        }
        TypeRef value = parameter.type() instanceof TypeRef.ListOf listOf ? listOf.element() : parameter.type();
        if (value instanceof TypeRef.Scalar scalar) {
            return scalar.kind();
        }
        if (value instanceof TypeRef.Named named) {
            ModelType type = types.get(named);
            if (type instanceof EnumType enumType) {
                return enumType.valueKind();
            }
            if (type instanceof ScalarUnion) {
                return TypeRef.ScalarKind.STRING;
            }
        }
        throw problem(operation, parameter, "has a type that is not a scalar, an enum or a list of those");
    }

    private static RenderException problem(Operation operation, Parameter parameter, String what) {
        return new RenderException(operation.operationId() + ": the parameter '" + parameter.name() + "' " + what
                + " (" + parameter.source().pointer() + ")");
    }
}
