package dev.appintel.generator.render.feign;

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
 * @param hasExtraEntries   whether the object collects {@code additionalProperties}; then the
 *                          last component holds them and the record also declares a compact
 *                          constructor and the {@code @JsonAnyGetter} accessor
 * @param extraEntriesName  the extra-entries component's name ({@code additionalProperties})
 * @param extraEntriesType  its type, e.g. {@code Map<String, Map<String, RankingSeries>>}
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
        boolean hasExtraEntries,
        String extraEntriesName,
        String extraEntriesType) {

    /**
     * One record component.
     *
     * @param declaration the full declaration, e.g. {@code @JsonProperty("app_id") AppId appId}
     * @param last        whether it is the last component (no comma after it)
     */
    record Component(String declaration, boolean last) {
    }
}
