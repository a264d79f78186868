package dev.appintel.generator.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one Javadoc comment from Markdown parts: a body of paragraphs, then block tags such as
 * {@code @param}. Every part goes through {@link JavadocText}, so the result is always safe.
 *
 * <pre>{@code
 * JavadocComment.of(summary).paragraph(description).tag("@param", "appIds", text).render("    ")
 * }</pre>
 */
public final class JavadocComment {

    private static final String TAG_INDENT = "    ";

    private final List<String> body = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    private JavadocComment() {
    }

    /** A comment whose first sentence is {@code summary} (Markdown). */
    public static JavadocComment of(String summary) {
        return new JavadocComment().paragraph(summary);
    }

    /**
     * Appends Markdown as further paragraphs; blank text adds nothing. A paragraph after others
     * starts with {@code <p>}.
     */
    public JavadocComment paragraph(String markdown) {
        List<String> lines = JavadocText.lines(markdown);
        if (lines.isEmpty()) {
            return this;
        }
        if (!body.isEmpty()) {
            body.add("");
            if (!lines.get(0).startsWith("<")) {
                lines = new ArrayList<>(lines);
                lines.set(0, "<p>" + lines.get(0));
            }
        }
        body.addAll(lines);
        return this;
    }

    /**
     * Appends a block tag, e.g. {@code tag("@param", "appIds", "The apps.")}; the text's first
     * line follows the tag, the others are indented below it, without blank lines.
     *
     * @param argument the tag's argument (a parameter name), or empty for tags without one
     */
    public JavadocComment tag(String tag, String argument, String markdown) {
        List<String> lines = JavadocText.lines(markdown).stream().filter(line -> !line.isEmpty()).toList();
        String head = argument.isEmpty() ? tag : tag + " " + argument;
        tags.add(lines.isEmpty() ? head : head + " " + lines.get(0));
        lines.stream().skip(1).forEach(line -> tags.add(TAG_INDENT + line));
        return this;
    }

    /**
     * The comment, each line starting with {@code indent}, without a trailing line break. A
     * comment of one short line and no tags is written on one line.
     */
    public String render(String indent) {
        if (tags.isEmpty() && body.size() == 1 && indent.length() + body.get(0).length() < 92) {
            return indent + "/** " + body.get(0) + " */";
        }
        List<String> lines = new ArrayList<>(body);
        if (!body.isEmpty() && !tags.isEmpty()) {
            lines.add("");
        }
        lines.addAll(tags);
        StringBuilder out = new StringBuilder(indent).append("/**");
        for (String line : lines) {
            out.append('\n').append(indent).append(line.isEmpty() ? " *" : " * " + line);
        }
        return out.append('\n').append(indent).append(" */").toString();
    }
}
