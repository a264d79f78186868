package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.Constraints;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Parameter.DateAlignment;
import dev.appintel.generator.model.Parameter.WireEncoding;
import dev.appintel.generator.model.ParameterLocation;
import dev.appintel.generator.model.SourceLocation;
import dev.appintel.generator.model.TypeRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A small builder for the sample model's parameters, so that the fixture stays readable. */
final class SampleParameters {

    private final String name;
    private final String javaName;
    private ParameterLocation location = ParameterLocation.QUERY;
    private boolean required;
    private TypeRef type = new TypeRef.Scalar(TypeRef.ScalarKind.STRING);
    private WireEncoding encoding = WireEncoding.SINGLE;
    private Constraints constraints = Constraints.NONE;
    private Optional<String> defaultValue = Optional.empty();
    private String description = "";
    private Optional<String> explodedAlias = Optional.empty();
    private Optional<LocalDate> earliestDate = Optional.empty();
    private Optional<DateAlignment> alignment = Optional.empty();

    private SampleParameters(String name, String javaName) {
        this.name = name;
        this.javaName = javaName;
    }

    static SampleParameters query(String name, String javaName) {
        return new SampleParameters(name, javaName);
    }

    static SampleParameters path(String name, String javaName) {
        SampleParameters parameter = new SampleParameters(name, javaName);
        parameter.location = ParameterLocation.PATH;
        parameter.required = true;
        return parameter;
    }

    SampleParameters required() {
        this.required = true;
        return this;
    }

    SampleParameters type(TypeRef type) {
        this.type = type;
        return this;
    }

    SampleParameters commaJoined(TypeRef element) {
        this.type = new TypeRef.ListOf(element);
        this.encoding = WireEncoding.COMMA_JOINED;
        return this;
    }

    SampleParameters repeated(TypeRef element) {
        this.type = new TypeRef.ListOf(element);
        this.encoding = WireEncoding.REPEATED;
        return this;
    }

    SampleParameters constraints(Constraints constraints) {
        this.constraints = constraints;
        return this;
    }

    SampleParameters defaultValue(String value) {
        this.defaultValue = Optional.of(value);
        return this;
    }

    SampleParameters description(String description) {
        this.description = description;
        return this;
    }

    SampleParameters explodedAlias(String alias) {
        this.explodedAlias = Optional.of(alias);
        return this;
    }

    SampleParameters earliest(String date) {
        this.earliestDate = Optional.of(LocalDate.parse(date));
        return this;
    }

    SampleParameters alignment(DateAlignment alignment) {
        this.alignment = Optional.of(alignment);
        return this;
    }

    Parameter build() {
        return new Parameter(name, javaName, location, required, type, encoding, constraints, defaultValue,
                description, explodedAlias, earliestDate, alignment, SourceLocation.of("#/parameters/" + name));
    }

    /** Limits on the number of list items. */
    static Constraints items(Integer min, Integer max) {
        return new Constraints(Optional.ofNullable(min), Optional.ofNullable(max), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** A pattern. */
    static Constraints pattern(String pattern) {
        return new Constraints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(pattern), Optional.empty(), Optional.empty(), List.of());
    }

    /** Allowed values as written in the spec. */
    static Constraints allowed(String... values) {
        return new Constraints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(values));
    }

    /** A minimum. */
    static Constraints minimum(int minimum) {
        return new Constraints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(java.math.BigDecimal.valueOf(minimum)), Optional.empty(), List.of());
    }
}
