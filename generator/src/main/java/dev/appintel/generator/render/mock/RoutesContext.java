package dev.appintel.generator.render.mock;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code routes.mustache} renders: the route table.
 *
 * @param header         the file header
 * @param packageName    the base package
 * @param imports        qualified names to import, sorted
 * @param title          the API's title
 * @param version        the API's version
 * @param className      the class's name
 * @param apiKeyName     the API key's name as a Java literal, or {@code null}
 * @param apiKeyLocation the API key's location as a Java expression, or {@code null}
 * @param ownApiKeys     the operations whose own security requirement replaces the API's, in spec order
 * @param routes         one per operation, in spec order
 */
record RoutesContext(
        FileHeader header,
        String packageName,
        List<String> imports,
        String title,
        String version,
        String className,
        String apiKeyName,
        String apiKeyLocation,
        List<OwnKey> ownApiKeys,
        List<Entry> routes) {

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
     * The method that builds one route.
     *
     * @param javadoc    the method's Javadoc, indented, without a trailing line break
     * @param methodName the method's name: the operation's Java name
     * @param expression the {@code OperationSpec} expression the method returns
     * @param last       whether it is the last route
     */
    record Entry(String javadoc, String methodName, String expression, boolean last) {
    }
}
