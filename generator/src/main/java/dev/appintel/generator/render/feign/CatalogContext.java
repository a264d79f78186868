package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code operation-catalog.mustache} renders: every operation as the runtime's
 * {@code OperationSpec}, bound to its interface method.
 *
 * @param header      the file header
 * @param packageName the support package
 * @param imports     qualified names to import, sorted
 * @param operations  one per operation, in model order
 * @param apis        the interfaces' simple names, in model order
 * @param serverUrl   the spec's first server URL, as a Java string literal
 * @param apiKey      the expression of the API key, e.g. {@code Optional.of(new ApiKey(...))}
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
     * The method that builds one operation's binding.
     *
     * @param javadoc       the method's Javadoc, indented, without a trailing line break
     * @param methodName    the catalog method's name: the operation's Java name
     * @param spec          the {@code OperationSpec} expression
     * @param api           the simple name of the operation's interface
     * @param methodLiteral the interface method's name, as a Java string literal
     * @param wireNames     the arguments' wire names, as Java string literals separated by commas
     * @param javaNames     the arguments' Java names, as Java string literals separated by commas
     * @param last          whether it is the last operation
     */
    record Entry(String javadoc, String methodName, String spec, String api, String methodLiteral, String wireNames,
            String javaNames, boolean last) {
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
