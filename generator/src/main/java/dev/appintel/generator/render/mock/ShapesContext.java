package dev.appintel.generator.render.mock;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code shapes.mustache} renders: the shape of every named schema.
 *
 * @param header      the file header
 * @param packageName the base package
 * @param imports     qualified names to import, sorted
 * @param title       the API's title
 * @param version     the API's version
 * @param className   the class's name
 * @param shapes      one per named type, sorted by schema name
 */
record ShapesContext(
        FileHeader header,
        String packageName,
        List<String> imports,
        String title,
        String version,
        String className,
        List<Entry> shapes) {

    /**
     * The method that builds one named shape.
     *
     * @param javadoc     the method's Javadoc, indented, without a trailing line break
     * @param methodName  the method's name, e.g. {@code appShape}
     * @param nameLiteral the schema name as a Java string literal
     * @param expression  the {@code Shape} expression the method returns
     */
    record Entry(String javadoc, String methodName, String nameLiteral, String expression) {
    }
}
