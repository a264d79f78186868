package dev.appintel.generator.render.feign;

import java.util.List;

/**
 * What {@code operation-catalog.mustache} renders: the metadata of every operation as Java
 * expressions, computed by {@link CatalogExpressions}.
 *
 * @param header      the file header
 * @param packageName the support package
 * @param imports     qualified names to import, sorted
 * @param operations  one per operation, in model order
 * @param apis        the interfaces' simple names, in model order
 * @param serverUrl   the spec's first server URL, as a Java string literal
 * @param apiKey      the expression of the API key's description, e.g. {@code Optional.of(new ApiKey(...))}
 * @param ownApiKeys  the operations whose own security requirement replaces the API's, in spec order
 */
record CatalogContext(FileHeader header, String packageName, List<String> imports, List<Entry> operations,
        List<Api> apis, String serverUrl, String apiKey, List<OwnKey> ownApiKeys) {

    /**
     * An operation's own API key.
     *
     * @param operationId its operationId, as a Java string literal
     * @param apiKey      the expression of its key, {@code Optional.empty()} for none
     * @param last        whether it is the last one
     */
    record OwnKey(String operationId, String apiKey, boolean last) {
    }

    /**
     * The expression of one operation's metadata, as lines without indentation.
     *
     * @param lines the first line starts the expression; the last ends it, with a comma unless it
     *              is the last entry
     */
    record Entry(List<String> lines) {
    }

    /**
     * One generated interface.
     *
     * @param name its simple name
     * @param last whether it is the last one
     */
    record Api(String name, boolean last) {
    }
}
