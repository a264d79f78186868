package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code api.mustache} renders: the Feign interface of one tag.
 *
 * @param header      the file header
 * @param packageName the api package
 * @param imports     qualified names to import, sorted
 * @param javadoc     the interface's Javadoc, without a trailing line break
 * @param name        the interface's name
 * @param methods     one per operation, in spec order
 */
record ApiContext(
        FileHeader header,
        String packageName,
        List<String> imports,
        String javadoc,
        String name,
        List<Method> methods) {

    /**
     * The Feign method of one operation, and the default method taking its request record.
     *
     * @param javadoc        the method's Javadoc, indented, without a trailing line break
     * @param requestLine    the {@code @RequestLine} value as a Java string literal
     * @param returnType     the Java return type, {@code void} without a body
     * @param name           the method's name
     * @param hasParameters  whether {@code parameters} is non-empty
     * @param parameters     the parameters in spec order
     * @param hasRequest     whether the operation has a request record (more than three parameters)
     * @param requestJavadoc the default method's Javadoc, indented
     * @param requestType    the request record's name
     * @param delegation     the default method's body statement, e.g. {@code return getApps(request.os());}
     */
    record Method(
            String javadoc,
            String requestLine,
            String returnType,
            String name,
            boolean hasParameters,
            List<Parameter> parameters,
            boolean hasRequest,
            String requestJavadoc,
            String requestType,
            String delegation) {
    }

    /**
     * One parameter of a Feign method.
     *
     * @param declaration e.g. {@code @Param(value = "appIds", expander = ValueExpander.class) List<String> appIds}
     * @param last        whether it is the last parameter
     */
    record Parameter(String declaration, boolean last) {
    }
}
