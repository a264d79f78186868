package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.FileHeader;
import java.util.List;

/**
 * What the support templates render: fixed helper classes that need nothing from the model but
 * their package.
 *
 * @param header      the file header
 * @param packageName the support package
 * @param imports     qualified names to import, sorted
 * @param apiPackage  the api package, for cross-references in the Javadoc
 */
record SupportContext(FileHeader header, String packageName, List<String> imports, String apiPackage) {
}
