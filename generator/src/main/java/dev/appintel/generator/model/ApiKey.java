package dev.appintel.generator.model;

import java.util.Objects;

/** The API key security scheme: the parameter name and where it is sent. */
public record ApiKey(String name, ParameterLocation location) {

    public ApiKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
    }
}
