package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code object-union.mustache} renders: a sealed interface over the alternative records of
 * a union of objects, with a Jackson deserializer that picks the alternative by the properties
 * present.
 *
 * @param header       the file header
 * @param packageName  the model package
 * @param imports      qualified names to import, sorted
 * @param javadoc      the interface's Javadoc, without a trailing line break
 * @param name         the interface's name
 * @param permits      the alternatives' names, comma-separated
 * @param alternatives the alternatives in spec order
 */
record ObjectUnionContext(
        FileHeader header,
        String packageName,
        List<String> imports,
        String javadoc,
        String name,
        String permits,
        List<Alternative> alternatives) {

    /**
     * One alternative, as the deserializer needs it.
     *
     * @param type     the record's name
     * @param required its required JSON property names, as a comma-separated list of literals
     * @param known    all its JSON property names, likewise
     * @param open     whether it accepts further properties ({@code additionalProperties})
     * @param last     whether it is the last alternative
     */
    record Alternative(String type, String required, String known, boolean open, boolean last) {
    }
}
