package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What {@code apis.mustache} renders: an interface with one accessor per tag interface. It imports
 * nothing, since the interfaces are in its package.
 *
 * @param header      the file header
 * @param packageName the api package
 * @param javadoc     the interface's Javadoc, without a trailing line break
 * @param accessors   one per tag, in model order
 */
record ApisContext(FileHeader header, String packageName, String javadoc, List<Accessor> accessors) {

    /**
     * The accessor of one tag interface.
     *
     * @param javadoc the method's Javadoc, indented, without a trailing line break
     * @param type    the interface's simple name
     * @param name    the accessor's name, e.g. {@code appOverview} for {@code AppOverviewApi}
     */
    record Accessor(String javadoc, String type, String name) {
    }
}
