package dev.appintel.generator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole API: its operations grouped by tag, and every named type they use.
 *
 * @param title       the spec's {@code info.title}
 * @param version     the spec's {@code info.version}
 * @param specName    the spec's file name, for generated headers
 * @param specSha256  hex SHA-256 of the spec's bytes, naming the spec in change reports
 * @param serverUrl   the first server URL
 * @param apiKey      the query or header key of the document's security requirement, which every
 *                    operation without one of its own uses; null when there is none
 * @param tags        operation groups in spec order
 * @param types       named types sorted by Java name
 */
public record ApiModel(
        String title,
        String version,
        String specName,
        String specSha256,
        String serverUrl,
        ApiKey apiKey,
        List<TagGroup> tags,
        List<ModelType> types) {

    public ApiModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(specName, "specName");
        Objects.requireNonNull(specSha256, "specSha256");
        Objects.requireNonNull(serverUrl, "serverUrl");
        tags = List.copyOf(tags);
        types = List.copyOf(types);
    }

    /**
     * Whether an operation is authenticated otherwise than the API as a whole: its own security
     * requirement names another key, or none.
     */
    public boolean hasOwnApiKey(Operation operation) {
        return !operation.apiKey().equals(Optional.ofNullable(apiKey));
    }

    /** All operations, tag by tag, in spec order. */
    public List<Operation> operations() {
        return tags.stream().flatMap(tag -> tag.operations().stream()).toList();
    }
}
