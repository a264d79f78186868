package dev.appintel.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * The operations of one tag; a client target makes one interface of them.
 *
 * @param name        the tag as written in the spec, e.g. {@code "OVERVIEW: App Overview"}
 * @param javaName    the interface name, e.g. {@code AppOverviewApi}
 * @param description the tag's description (Markdown), or empty
 */
public record TagGroup(String name, String javaName, String description, List<Operation> operations) {

    public TagGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(description, "description");
        operations = List.copyOf(operations);
    }
}
