package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code enum.mustache} renders: an open enum over the wire values of an enum schema, a
 * class with a constant per value that also keeps values this client does not know.
 *
 * @param header      the file header
 * @param packageName the model package
 * @param imports     qualified names to import, sorted
 * @param javadoc     the enum's Javadoc, without a trailing line break
 * @param name        the enum's name
 * @param valueType   the Java type of the wire values: {@code String}, {@code Integer}, ...
 * @param constants    the known constants in spec order
 * @param constantList the constants' names joined by {@code ", "}, for {@code values()}
 */
record EnumContext(
        FileHeader header,
        String packageName,
        List<String> imports,
        String javadoc,
        String name,
        String valueType,
        List<Constant> constants,
        String constantList) {

    /**
     * One constant.
     *
     * @param javadoc      its Javadoc (the wire value), indented, without a trailing line break
     * @param constantName the constant's name, e.g. {@code V_9_16}
     * @param literal      the wire value as a Java literal, e.g. {@code "9:16"} or {@code 10}
     */
    record Constant(String javadoc, String constantName, String literal) {
    }
}
