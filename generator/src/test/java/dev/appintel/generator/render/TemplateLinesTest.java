package dev.appintel.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateLinesTest {

    private static final String TEMPLATE = "{{!\n  two lines\n  of comment\n}}\nline 5 {{a}}\n{{b\n}} line 7\nline 8\n";

    @Test
    void linesBeforeAnyMultiLineTagAreUnchanged() {
        assertThat(TemplateLines.fileLine("a\nb {{c}}\nd\n", 2)).isEqualTo(2);
    }

    @Test
    void linesAfterMultiLineTagsMoveDownByTheLineBreaksInsideTheTags() {
        assertThat(TemplateLines.fileLine(TEMPLATE, 2)).isEqualTo(5);
        assertThat(TemplateLines.fileLine(TEMPLATE, 4)).isEqualTo(8);
    }

    @Test
    void aLineThatContinuesAfterAMultiLineTagIsWhereTheTagEnds() {
        assertThat(TemplateLines.fileLine(TEMPLATE, 1)).isEqualTo(4);
        assertThat(TemplateLines.fileLine(TEMPLATE, 3)).isEqualTo(7);
    }
}
