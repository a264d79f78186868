package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.render.RenderException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportsTest {

    @Test
    void importsOtherPackagesAndSortsThem() {
        Imports imports = new Imports("p.api", Set.of("AppsApi"));

        assertThat(imports.use("java.util.List")).isEqualTo("List");
        assertThat(imports.use("p.model.App")).isEqualTo("App");
        assertThat(imports.use("feign.Param")).isEqualTo("Param");
        assertThat(imports.sorted()).containsExactly("feign.Param", "java.util.List", "p.model.App");
    }

    @Test
    void neitherImportsJavaLangNorTheFilesOwnPackage() {
        Imports imports = new Imports("p.model", Set.of("App"));

        assertThat(imports.use("java.lang.String")).isEqualTo("String");
        assertThat(imports.use("p.model.App")).isEqualTo("App");
        assertThat(imports.sorted()).isEmpty();
    }

    @Test
    void qualifiesATypeWhoseSimpleNameIsTaken() {
        Imports imports = new Imports("p.model", Set.of("List", "App"));

        assertThat(imports.use("java.util.List")).isEqualTo("java.util.List");
        assertThat(imports.use("java.util.Map")).isEqualTo("Map");
        assertThat(imports.use("other.Map")).isEqualTo("other.Map");
        assertThat(imports.sorted()).containsExactly("java.util.Map");
    }

    @Test
    void refusesToRequireASimpleNameThatMeansAnotherType() {
        Imports imports = new Imports("p.model", Set.of("Set"));

        assertThatThrownBy(() -> imports.require("java.util.Set"))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("needs java.util.Set by its simple name, but a type of the model is called Set");
    }
}
