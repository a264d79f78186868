package dev.appintel.generator.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.PartialCode;
import java.util.regex.Pattern;

/**
 * Applies the Mustache spec's standalone rule where Mustache.java leaves it out: a comment or a
 * partial tag that starts a line and is followed only by the line break renders no line break
 * (a partial brings its own). Sections are already handled by Mustache.java. The template text
 * itself is not changed, so line numbers in error messages stay those of the file.
 */
final class StandaloneVisitor extends DefaultMustacheVisitor {

    private static final Pattern LEADING_LINE_BREAK = Pattern.compile("^[ \\t]*\\r?\\n");

    StandaloneVisitor(DefaultMustacheFactory factory) {
        super(factory);
    }

    @Override
    public void comment(TemplateContext tc, String comment) {
        list.add(new StandaloneComment(tc, df, comment));
    }

    @Override
    public void partial(TemplateContext tc, String variable, String indent) {
        TemplateContext context = new TemplateContext("{{", "}}", tc.file(), tc.line(), tc.startOfLine());
        list.add(new StandalonePartial(context, df, variable));
    }

    /** The text after a standalone tag, without the rest of the tag's line. */
    private static String afterTag(TemplateContext tc, boolean first, String text) {
        return first && tc.startOfLine() ? LEADING_LINE_BREAK.matcher(text).replaceFirst("") : text;
    }

    /** A comment that swallows its line break when it stands alone. */
    private static final class StandaloneComment extends CommentCode {

        private boolean first = true;

        StandaloneComment(TemplateContext tc, DefaultMustacheFactory df, String comment) {
            super(tc, df, comment);
        }

        @Override
        public void append(String text) {
            super.append(afterTag(tc, first, text));
            first = false;
        }
    }

    /** A partial that swallows the line break after its tag when it stands alone. */
    private static final class StandalonePartial extends PartialCode {

        private boolean first = true;

        StandalonePartial(TemplateContext tc, DefaultMustacheFactory df, String variable) {
            super(tc, df, variable);
        }

        @Override
        public void append(String text) {
            super.append(afterTag(tc, first, text));
            first = false;
        }
    }
}
