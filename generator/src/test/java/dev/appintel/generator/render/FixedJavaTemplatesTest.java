package dev.appintel.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fixed Java belongs in hand-written code (the API runtime, the client), where it is compiled and
 * tested once, not in templates that copy it into every generated project. A template is fixed
 * Java when its only tags are the header, the package and the imports; all of them together stay
 * within a small budget.
 */
class FixedJavaTemplatesTest {

    /** The most lines of fixed-Java templates across all targets. */
    private static final int BUDGET = 300;

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("\\{\\{!.*?}}", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("\\{\\{\\{?(.*?)}?}}", Pattern.DOTALL);
    private static final Set<String> PLACING_ONLY = Set.of("> header", "packageName", "#imports", ".", "/imports");

    @Test
    void fixedJavaTemplatesStayWithinTheBudget() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".mustache")).sorted().toList();
        }
        long lines = 0;
        for (Path template : templates) {
            String text = Files.readString(template);
            if (isFixedJava(text)) {
                lines += text.lines().count();
            }
        }

        assertThat(templates).isNotEmpty();
        assertThat(lines).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void aTemplateWithAnyOtherTagIsNotFixedJava() {
        assertThat(isFixedJava("{{! why }}\n{{> header}}\npackage {{packageName}};\n{{#imports}}\nimport {{.}};\n{{/imports}}\n"))
                .isTrue();
        assertThat(isFixedJava("{{> header}}\npackage {{packageName}};\nclass {{name}} {}\n")).isFalse();
    }

    private static boolean isFixedJava(String template) {
        Matcher tags = TAG.matcher(COMMENT.matcher(template).replaceAll(""));
        while (tags.find()) {
            if (!PLACING_ONLY.contains(tags.group(1).trim())) {
                return false;
            }
        }
        return true;
    }
}
