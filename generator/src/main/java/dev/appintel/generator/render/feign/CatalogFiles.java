package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ApiKey;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.TagGroup;
import dev.appintel.generator.naming.JavaNames;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.JavadocComment;
import dev.appintel.generator.render.runtime.RouteCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders what a runtime needs to act on the spec generically: {@code support.OperationCatalog},
 * every operation as the API runtime's {@code OperationSpec} (constraints and {@code x-appintel-*}
 * rules, written by {@link RouteCode}, as the mock's are) bound to its interface method, and
 * {@code api.Apis}, an accessor per tag interface.
 */
final class CatalogFiles {

    /** The name of the interface with one accessor per tag interface. */
    static final String APIS = "Apis";
    /** The package of the API runtime, whose types the catalog is built from. */
    static final String RUNTIME = "dev.appintel.runtime";

    private final RenderScope scope;

    CatalogFiles(RenderScope scope) {
        this.scope = scope;
    }

    List<GeneratedFile> render() {
        return List.of(catalog(), apis());
    }

    private GeneratedFile catalog() {
        String support = scope.packages().support();
        Imports imports = scope.imports(support, SupportFiles.TYPES);
        imports.require("java.util.List", "java.util.Map", "java.util.Optional", RUNTIME + ".ApiKey",
                RUNTIME + ".MethodBinding");
        RouteCode.specTypes().forEach(type -> imports.require(RUNTIME + "." + type));
        if (scope.model().operations().stream().anyMatch(operation -> operation.rules().segmentation().isPresent())) {
            imports.require("java.time.Period");
        }
        RouteCode code = new RouteCode(scope.index());
        List<CatalogContext.Entry> entries = new ArrayList<>();
        List<CatalogContext.Api> apis = new ArrayList<>();
        List<Operation> operations = scope.model().operations();
        for (TagGroup tag : scope.model().tags()) {
            imports.require(scope.packages().api() + "." + tag.javaName());
            apis.add(new CatalogContext.Api(tag.javaName(), apis.size() == scope.model().tags().size() - 1));
            for (Operation operation : tag.operations()) {
                boolean last = entries.size() == operations.size() - 1;
                entries.add(entry(operation, tag.javaName(), code.withoutReplies(operation), last));
            }
        }
        CatalogContext context = new CatalogContext(scope.header(), support, imports.sorted(), entries, apis,
                JavaLiterals.string(scope.model().serverUrl()), apiKey(Optional.ofNullable(scope.model().apiKey())),
                ownApiKeys(operations));
        return scope.file(support, "OperationCatalog", "operation-catalog", context);
    }

    private static CatalogContext.Entry entry(Operation operation, String api, String spec, boolean last) {
        String javadoc = JavadocComment.of("The binding of `" + operation.operationId() + "` (`" + operation.method() + " "
                + operation.path() + "`) to `" + api + "." + operation.javaName() + "`.")
                .tag("@return", "", "the binding").render("    ");
        List<Parameter> parameters = operation.parameters();
        return new CatalogContext.Entry(javadoc, operation.javaName(), spec, api, JavaLiterals.string(operation.javaName()),
                strings(parameters.stream().map(Parameter::name).toList()),
                strings(parameters.stream().map(Parameter::javaName).toList()), last);
    }

    private static String strings(List<String> values) {
        return values.stream().map(JavaLiterals::string).collect(Collectors.joining(", "));
    }

    /** {@code Optional.of(new ApiKey("auth_token", Param.Location.QUERY))}, or {@code Optional.empty()}. */
    private static String apiKey(Optional<ApiKey> key) {
        return key.map(found -> "Optional.of(new ApiKey(" + JavaLiterals.string(found.name()) + ", Param.Location."
                + found.location().name() + "))").orElse("Optional.empty()");
    }

    /** The operations whose own security requirement names another key than the API's, or none, in spec order. */
    private List<CatalogContext.OwnKey> ownApiKeys(List<Operation> operations) {
        List<Operation> own = operations.stream().filter(scope.model()::hasOwnApiKey).toList();
        List<CatalogContext.OwnKey> keys = new ArrayList<>();
        for (Operation operation : own) {
            keys.add(new CatalogContext.OwnKey(JavaLiterals.string(operation.operationId()), apiKey(operation.apiKey()),
                    keys.size() == own.size() - 1));
        }
        return keys;
    }

    private GeneratedFile apis() {
        String api = scope.packages().api();
        List<ApisContext.Accessor> accessors = new ArrayList<>();
        for (TagGroup tag : scope.model().tags()) {
            String javadoc = JavadocComment.of(Docs.orFallback(tag.description(), "The `" + tag.name() + "` operations."))
                    .tag("@return", "", "the `" + tag.name() + "` operations").render("    ");
            accessors.add(new ApisContext.Accessor(javadoc, tag.javaName(), accessorName(tag.javaName())));
        }
        String javadoc = JavadocComment.of("The operations of the " + scope.model().title() + " " + scope.model().version()
                + ", one accessor per tag.").paragraph("A client implements `api`; every accessor calls it with its "
                + "interface.").render("");
        ApisContext context = new ApisContext(scope.header(), api, javadoc, accessors);
        return scope.file(api, APIS, "apis", context);
    }

    /** {@code AppOverviewApi} gives {@code appOverview}; a name that would be a keyword gets {@code _}. */
    static String accessorName(String interfaceName) {
        String base = interfaceName.endsWith("Api") && interfaceName.length() > 3
                ? interfaceName.substring(0, interfaceName.length() - 3) : interfaceName;
        String name = Character.toLowerCase(base.charAt(0)) + base.substring(1);
        return JavaNames.RESERVED_MEMBER_NAMES.contains(name) ? name + "_" : name;
    }
}
