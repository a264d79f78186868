package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code record.mustache} renders: one Java record for an object schema.
 *
 * @param header            the file header
 * @param packageName       the model package
 * @param imports           qualified names to import, sorted
 * @param javadoc           the record's Javadoc, indented, without a trailing line break
 * @param annotations       the record's annotations, one per line
 * @param name              the record's name
 * @param components        the components in spec order
 * @param implementsClause  {@code " implements A, B"} for union alternatives, otherwise empty
 * @param extraEntriesName  the last component's name: {@code additionalProperties} for declared
 *                          extra entries, {@code unknownProperties} for the properties the spec
 *                          does not name
 * @param extraEntriesType  its type, e.g. {@code Map<String, Map<String, RankingSeries>>}
 * @param accessorJavadoc   the {@code @JsonAnyGetter} accessor's Javadoc, indented
 * @param knownConstructor  whether to declare a constructor without the unknown properties
 * @param knownJavadoc      that constructor's Javadoc, indented; empty without it
 * @param knownParameters   its parameter list, e.g. {@code String name, Integer rank}
 * @param knownArguments    the named components passed on to the canonical constructor, each
 *                          followed by {@code ", "}, e.g. {@code name, rank, }
 */
record RecordContext(
        FileHeader header,
        String packageName,
        List<String> imports,
        String javadoc,
        List<String> annotations,
        String name,
        List<Component> components,
        String implementsClause,
        String extraEntriesName,
        String extraEntriesType,
        String accessorJavadoc,
        boolean knownConstructor,
        String knownJavadoc,
        String knownParameters,
        String knownArguments) {

    /**
     * One record component.
     *
     * @param declaration the full declaration, e.g. {@code @JsonProperty("app_id") AppId appId}
     * @param last        whether it is the last component (no comma after it)
     */
    record Component(String declaration, boolean last) {
    }
}
