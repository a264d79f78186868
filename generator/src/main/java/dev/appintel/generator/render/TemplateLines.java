package dev.appintel.generator.render;

/**
 * Maps Mustache.java's line numbers back to the template file's. Mustache.java counts only the
 * line breaks outside tags, so every line after a multi-line tag (such as the conventions
 * comment at the top of each template) would be reported too early.
 */
final class TemplateLines {

    private TemplateLines() {
    }

    /**
     * The file line of a line as Mustache.java numbers it: the last file line that Mustache.java
     * gives that number, which is where text after a multi-line tag stands.
     */
    static int fileLine(String template, int mustacheLine) {
        int outside = 1;
        int file = 1;
        int found = mustacheLine;
        boolean inTag = false;
        for (int i = 0; i < template.length(); i++) {
            if (outside == mustacheLine) {
                found = file;
            }
            if (!inTag && template.startsWith("{{", i)) {
                inTag = true;
                i++;
            } else if (inTag && template.startsWith("}}", i)) {
                inTag = false;
                i++;
            } else if (template.charAt(i) == '\n') {
                file++;
                if (!inTag) {
                    outside++;
                }
            }
        }
        return outside == mustacheLine ? file : found;
    }
}
