package dev.appintel.generator.render.mock;

/**
 * What the support templates render: fixed types that need nothing from the model but their
 * package.
 *
 * @param header      the file header
 * @param packageName the support package
 */
record SupportContext(MockHeader header, String packageName) {
}
