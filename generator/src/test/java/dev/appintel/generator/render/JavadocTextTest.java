package dev.appintel.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocTextTest {

    @Test
    void blankTextHasNoLines() {
        assertThat(JavadocText.lines("  \n\n")).isEmpty();
    }

    @Test
    void plainProseIsKeptAsWrittenWithoutTrailingWhitespace() {
        assertThat(JavadocText.inline("Daily downloads, {by country}; 50% of them.  ")).isEqualTo(
                "Daily downloads, {by country}; 50% of them.");
    }

    @Test
    void aCommentEndCannotCloseTheComment() {
        assertThat(JavadocText.inline("a */ b")).isEqualTo("a *&#47; b");
    }

    @Test
    void aUnicodeEscapeCannotReachTheCompiler() {
        assertThat(JavadocText.inline("star \\u002a/ here")).isEqualTo("star &#92;u002a/ here");
    }

    @Test
    void htmlSpecialCharactersAreEscaped() {
        assertThat(JavadocText.inline("a < b > c & d")).isEqualTo("a &lt; b &gt; c &amp; d");
    }

    @Test
    void anAtSignCannotStartABlockTagOrAnInlineTag() {
        assertThat(JavadocText.inline("@since 1.0")).isEqualTo("{@literal @}since 1.0");
        assertThat(JavadocText.inline("  @param x")).isEqualTo("  {@literal @}param x");
        assertThat(JavadocText.inline("mail me@example.com")).isEqualTo("mail me@example.com");
        assertThat(JavadocText.inline("a {@link X} b")).isEqualTo("a {&#64;link X} b");
    }

    @Test
    void inlineCodeBecomesCodeTags() {
        assertThat(JavadocText.inline("use `app_ids` & `a<b>`")).isEqualTo("use {@code app_ids} &amp; {@code a<b>}");
    }

    @Test
    void inlineCodeWithBracesOrCommentEndsFallsBackToEscapedHtmlCode() {
        assertThat(JavadocText.inline("`{id}`")).isEqualTo("<code>&#123;id&#125;</code>");
        assertThat(JavadocText.inline("`a */ b`")).isEqualTo("<code>a *&#47; b</code>");
        assertThat(JavadocText.inline("`\\u002a`")).isEqualTo("<code>&#92;u002a</code>");
        assertThat(JavadocText.inline("`@x <y>`")).isEqualTo("{@code @x <y>}");
    }

    @Test
    void boldBecomesB() {
        assertThat(JavadocText.inline("**Note:** revenues in **cents**")).isEqualTo("<b>Note:</b> revenues in <b>cents</b>");
    }

    @Test
    void codeInsideBoldStaysCode() {
        assertThat(JavadocText.inline("**the `os` value**")).isEqualTo("<b>the {@code os} value</b>");
    }

    @Test
    void trailingWhitespaceIsDroppedAndLinesAreKept() {
        assertThat(JavadocText.lines("first line   \nsecond line\t\n")).containsExactly("first line", "second line");
    }

    @Test
    void paragraphsAfterTheFirstStartWithP() {
        assertThat(JavadocText.lines("One.\n\nTwo\nlines.\n\n\nThree."))
                .containsExactly("One.", "", "<p>Two", "lines.", "", "<p>Three.");
    }

    @Test
    void listsBecomeUl() {
        assertThat(JavadocText.lines("Intro:\n- one `x`\n- two\n  continued\n* three"))
                .containsExactly("Intro:", "", "<ul>", "<li>one {@code x}</li>", "<li>two", "continued</li>",
                        "<li>three</li>", "</ul>");
    }

    @Test
    void numberedListsBecomeOl() {
        assertThat(JavadocText.lines("1. first\n2. second"))
                .containsExactly("<ol>", "<li>first</li>", "<li>second</li>", "</ol>");
    }

    @Test
    void tablesBecomeAHeaderLineAndOneItemPerRow() {
        List<String> lines = JavadocText.lines("""
                Segments:

                | date_granularity | recommended segment |
                |---|---|
                | daily | 1 week |
                | `weekly` | 3 months \\| more |""");

        assertThat(lines).containsExactly("Segments:", "", "<p>date_granularity: recommended segment", "<ul>",
                "<li>daily: 1 week</li>", "<li>{@code weekly}: 3 months | more</li>", "</ul>");
    }

    @Test
    void tableCellsWithManyColumnsAreJoined() {
        assertThat(JavadocText.lines("| a | b | c |\n|---|:-:|--|\n| 1 | 2 | 3 |"))
                .containsExactly("a: b; c", "<ul>", "<li>1: 2; 3</li>", "</ul>");
    }

    @Test
    void headingsBecomeBoldParagraphs() {
        assertThat(JavadocText.lines("Intro.\n\n## Vendor extensions\nText."))
                .containsExactly("Intro.", "", "<p><b>Vendor extensions</b>", "", "<p>Text.");
    }

    @Test
    void fencedCodeBecomesPreWithEverythingEscaped() {
        assertThat(JavadocText.lines("Example:\n```json\n{\"a\": \"@b */ <c>\"}\n```"))
                .containsExactly("Example:", "", "<pre>", "&#123;\"a\": \"&#64;b *&#47; &lt;c&gt;\"&#125;", "</pre>");
    }

    @Test
    void commentSafeTextCannotEndAPlainComment() {
        assertThat(JavadocText.commentSafe("spec*/.yaml \\u0041")).isEqualTo("spec* /.yaml \\ u0041");
    }
}
