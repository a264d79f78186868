package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code scalar-union.mustache} renders: a small value class for a value that is one of
 * several scalar kinds, such as an app ID that is a number on iOS and a string on Android.
 *
 * @param header         the file header
 * @param packageName    the model package
 * @param imports        qualified names to import, sorted
 * @param javadoc        the class's Javadoc, without a trailing line break
 * @param name           the class's name
 * @param integerFactory whether an alternative is an integer, so that {@code of(long)} exists
 * @param numberFactory  whether an alternative is a decimal number, so that {@code of(double)} exists
 * @param stringFactory  whether an alternative is text, so that {@code of(String)} exists
 */
record ScalarUnionContext(
        FileHeader header,
        String packageName,
        List<String> imports,
        String javadoc,
        String name,
        boolean integerFactory,
        boolean numberFactory,
        boolean stringFactory) {
}
