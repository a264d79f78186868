package dev.appintel.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocCommentTest {

    @Test
    void aShortSummaryAloneFitsOnOneLine() {
        assertThat(JavadocComment.of("The wire value `9:16`.").render("    ")).isEqualTo("    /** The wire value {@code 9:16}. */");
    }

    @Test
    void paragraphsAndTagsAreSeparatedByBlankCommentLines() {
        String comment = JavadocComment.of("Fetches apps.")
                .paragraph("Limit: `100` per call.\n\nMore.")
                .paragraph("")
                .tag("@param", "appIds", "The apps.\nAt most 100 values.")
                .tag("@return", "", "the apps")
                .render("");

        assertThat(comment).isEqualTo("""
                /**
                 * Fetches apps.
                 *
                 * <p>Limit: {@code 100} per call.
                 *
                 * <p>More.
                 *
                 * @param appIds The apps.
                 *     At most 100 values.
                 * @return the apps
                 */""");
    }

    @Test
    void aParagraphStartingWithABlockElementGetsNoP() {
        assertThat(JavadocComment.of("Summary.").paragraph("- a\n- b").render(""))
                .isEqualTo("/**\n * Summary.\n *\n * <ul>\n * <li>a</li>\n * <li>b</li>\n * </ul>\n */");
    }
}
