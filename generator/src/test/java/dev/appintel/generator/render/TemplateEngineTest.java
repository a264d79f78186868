package dev.appintel.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateEngineTest {

    /** The context of the test templates. */
    record Greeting(String name, List<Item> items, boolean shout) {
    }

    /** One item of a {@link Greeting}. */
    record Item(String label, boolean last) {
    }

    private static final Greeting GREETING = new Greeting("Ada", List.of(new Item("a", false), new Item("b", true)), false);

    private final TemplateEngine engine = new TemplateEngine("engine-test", Optional.empty());

    @Test
    void rendersTheContextWithoutHtmlEscapingAndWithoutBlankLinesForStandaloneTags() {
        String text = engine.render("greeting", GREETING);

        assertThat(text).isEqualTo("""
                // banner for Ada
                Hello Ada <&>!
                - a,
                - b
                """);
    }

    @Test
    void rendersConditionalSectionsOnBooleans() {
        String text = engine.render("greeting", new Greeting("Ada", List.of(), true));

        assertThat(text).endsWith("Hello Ada <&>!\nLOUD\n");
    }

    @Test
    void aNameMissingFromTheContextFailsNamingTemplateLineAndName() {
        assertThatThrownBy(() -> engine.render("missing", GREETING))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("'missing' line 6")
                .hasMessageContaining("'nickname'")
                .hasMessageContaining("Greeting");
    }

    @Test
    void aNameMissingInsideASectionNamesTheScopes() {
        assertThatThrownBy(() -> engine.render("missing-in-section", GREETING))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("'missing-in-section' line 2")
                .hasMessageContaining("'colour'")
                .hasMessageContaining("Greeting > Item");
    }

    @Test
    void aNullValueFailsLikeAMissingOne() {
        assertThatThrownBy(() -> engine.render("greeting", new Greeting(null, List.of(), false)))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("'name' is null");
    }

    @Test
    void aMissingNameInAPartialNamesThePartial() {
        assertThatThrownBy(() -> engine.render("nested-missing", GREETING))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("'broken-partial' line 2")
                .hasMessageContaining("'whereabouts'");
    }

    @Test
    void aMissingTemplateFailsNamingIt() {
        assertThatThrownBy(() -> engine.render("absent", GREETING))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("engine-test has no template 'absent'");
    }

    @Test
    void aMalformedTemplateFailsNamingIt() {
        assertThatThrownBy(() -> engine.render("malformed", GREETING))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("'malformed'");
    }

    @Test
    void aTemplateInTheOverrideDirectoryWinsAndTheOthersStayBuiltIn() {
        TemplateEngine overridden = new TemplateEngine("engine-test",
                Optional.of(Path.of("src/test/resources/template-overrides/engine-test")));

        String text = overridden.render("greeting", GREETING);

        assertThat(text).startsWith("// overridden banner for Ada\nHello Ada <&>!\n");
    }
}
