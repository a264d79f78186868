package dev.appintel.generator.render.feign;

/**
 * The Java packages of a generated client: {@code model} for the schemas, {@code api} for the
 * Feign interfaces and their request records, {@code support} for the hand-written-style helpers
 * the generated code relies on.
 */
record Packages(String base, String model, String api, String support) {

    /** The packages under {@code base}. */
    static Packages under(String base) {
        return new Packages(base, base + ".model", base + ".api", base + ".support");
    }

    /** The file path of a top-level type, e.g. {@code dev/appintel/client/model/App.java}. */
    static String path(String packageName, String simpleName) {
        return packageName.replace('.', '/') + "/" + simpleName + ".java";
    }
}
