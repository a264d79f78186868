package dev.appintel.runtime;

import java.util.Objects;

/**
 * An API key as a security scheme declares it.
 *
 * @param name     the query parameter's or the header's name, e.g. {@code auth_token}
 * @param location where it travels: {@link Param.Location#QUERY} or {@link Param.Location#HEADER}
 */
public record ApiKey(String name, Param.Location location) {

    public ApiKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
    }
}
