package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code request.mustache} renders: the request record of an operation with more than three
 * parameters, with a builder that checks the required ones.
 *
 * @param header      the file header
 * @param packageName the api package
 * @param imports     qualified names to import, sorted
 * @param javadoc     the record's Javadoc, without a trailing line break
 * @param recordName  the record's name, e.g. {@code GetAppsRequest}
 * @param fields      one per parameter, in the order of the Feign method
 * @param hasLists    whether some fields are lists, which the compact constructor copies
 * @param lists       those fields
 * @param required    the fields {@code build()} checks
 * @param arguments   the canonical constructor's arguments, comma-separated
 */
record RequestContext(
        FileHeader header,
        String packageName,
        List<String> imports,
        String javadoc,
        String recordName,
        List<Field> fields,
        boolean hasLists,
        List<Field> lists,
        List<Field> required,
        String arguments) {

    /**
     * One parameter as a record component and builder setter.
     *
     * @param name           the Java name
     * @param wireName       the wire name as a Java string literal, for error messages
     * @param type           the Java type
     * @param last           whether it is the last component
     * @param setterJavadoc  the setter's Javadoc, indented, without a trailing line break
     * @param hasVarargs     whether the builder also has a varargs setter (lists of non-generic elements)
     * @param elementType    the element type for that setter, or empty
     * @param varargsJavadoc its Javadoc, or empty
     */
    record Field(
            String name,
            String wireName,
            String type,
            boolean last,
            String setterJavadoc,
            boolean hasVarargs,
            String elementType,
            String varargsJavadoc) {
    }
}
