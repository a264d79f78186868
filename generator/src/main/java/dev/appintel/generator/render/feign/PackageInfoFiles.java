package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavadocComment;
import java.util.List;

/** Renders a {@code package-info.java} for each generated package. */
final class PackageInfoFiles {

    private final RenderScope scope;

    PackageInfoFiles(RenderScope scope) {
        this.scope = scope;
    }

    List<GeneratedFile> render() {
        String api = scope.model().title() + " " + scope.model().version();
        return List.of(
                file(scope.packages().model(), "The schemas of the " + api + ": records, enums and unions\n"
                        + "that Jackson reads and writes. Unknown properties are ignored and unknown enum\n"
                        + "values become the enum's unknown-value constant."),
                file(scope.packages().api(), "The Feign interfaces of the " + api + ", one per tag, and the\n"
                        + "request records of operations with many parameters."),
                file(scope.packages().support(), "What the generated interfaces and models rely on besides the\n"
                        + "API runtime: the Feign expander of parameter values, the union rule, and the operation\n"
                        + "catalog: every operation's constraints and rules as the runtime's `OperationSpec`."));
    }

    private GeneratedFile file(String packageName, String markdown) {
        PackageInfoContext context = new PackageInfoContext(scope.header(), packageName,
                JavadocComment.of(markdown).render(""));
        return scope.file(packageName, "package-info", "package-info", context);
    }
}
