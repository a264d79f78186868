package dev.appintel.generator.model;

import dev.appintel.generator.naming.JavaNames;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups operations by their (first) tag: groups in the order of the spec's {@code tags} list,
 * then any undeclared tags in the order first used; operations in spec order; tags without
 * operations left out. Interface names share the namespace of the model's types.
 */
final class TagGrouper {

    private TagGrouper() {
    }

    static List<TagGroup> group(List<Tag> declared, List<Operation> operations, TypeRegistry names) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Tag tag : declared == null ? List.<Tag>of() : declared) {
            byTag.putIfAbsent(tag.getName(), new ArrayList<>());
            descriptions.putIfAbsent(tag.getName(), tag.getDescription() == null ? "" : tag.getDescription());
        }
        for (Operation operation : operations) {
            byTag.computeIfAbsent(operation.tag(), tag -> new ArrayList<>()).add(operation);
        }
        List<TagGroup> groups = new ArrayList<>();
        byTag.forEach((tag, tagged) -> {
            if (!tagged.isEmpty()) {
                groups.add(new TagGroup(tag, names.allocate(JavaNames.tagInterfaceName(tag)),
                        descriptions.getOrDefault(tag, ""), tagged));
            }
        });
        return groups;
    }
}
