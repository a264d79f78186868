package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;

/**
 * What {@code package-info.mustache} renders: a package's Javadoc.
 *
 * @param header      the file header
 * @param packageName the package
 * @param javadoc     the package's Javadoc, without a trailing line break
 */
record PackageInfoContext(FileHeader header, String packageName, String javadoc) {
}
