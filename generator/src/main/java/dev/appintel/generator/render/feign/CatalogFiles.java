package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ApiKey;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Parameter.WireEncoding;
import dev.appintel.generator.model.TagGroup;
import dev.appintel.generator.naming.JavaNames;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavadocComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Renders what a runtime needs to act on the spec generically: {@code support.OperationCatalog},
 * the {@code OperationMetadata} of every operation (constraints and {@code x-appintel-*} rules),
 * and {@code api.Apis}, an accessor per tag interface.
 */
final class CatalogFiles {

    /** The name of the interface with one accessor per tag interface. */
    static final String APIS = "Apis";
    private static final String METADATA = "OperationMetadata";

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
        imports.require("java.lang.reflect.Method", "java.util.List", "java.util.Map", "java.util.Optional",
                support + "." + METADATA + ".ApiKey");
        List<CatalogContext.Entry> entries = new ArrayList<>();
        List<CatalogContext.Api> apis = new ArrayList<>();
        List<Operation> operations = scope.model().operations();
        for (TagGroup tag : scope.model().tags()) {
            imports.require(scope.packages().api() + "." + tag.javaName());
            apis.add(new CatalogContext.Api(tag.javaName(), apis.size() == scope.model().tags().size() - 1));
            for (Operation operation : tag.operations()) {
                boolean last = entries.size() == operations.size() - 1;
                entries.add(new CatalogContext.Entry(CatalogExpressions.lines(operation, tag.javaName(), last)));
            }
        }
        requireNested(imports, operations);
        CatalogContext context = new CatalogContext(scope.header(), support, imports.sorted(), entries, apis,
                JavaLiterals.string(scope.model().serverUrl()), apiKey(Optional.ofNullable(scope.model().apiKey())),
                ownApiKeys(operations));
        return scope.file(support, "OperationCatalog", "operation-catalog", context);
    }

    /** {@code Optional.of(new ApiKey("auth_token", "query"))}, or {@code Optional.empty()}. */
    private static String apiKey(Optional<ApiKey> key) {
        return key.map(found -> "Optional.of(new ApiKey(" + JavaLiterals.string(found.name()) + ", "
                + JavaLiterals.string(found.location().name().toLowerCase(Locale.ROOT)) + "))").orElse("Optional.empty()");
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

    /** Imports the nested types of {@code OperationMetadata} that the expressions use. */
    private void requireNested(Imports imports, List<Operation> operations) {
        String metadata = scope.packages().support() + "." + METADATA + ".";
        if (anyParameter(operations, parameter -> true)) {
            imports.require(metadata + "Parameter", metadata + "Location");
        }
        if (anyParameter(operations, parameter -> parameter.encoding() != WireEncoding.SINGLE)) {
            imports.require(metadata + "Encoding");
        }
        if (anyParameter(operations, parameter -> parameter.alignment().isPresent())) {
            imports.require(metadata + "DateAlignment");
        }
        if (anyRule(operations, OperationRules::batching)) {
            imports.require(metadata + "Batching");
        }
        if (anyRule(operations, OperationRules::segmentation)) {
            imports.require(metadata + "Segmentation", "java.time.Period", "java.util.Map");
        }
        if (anyRule(operations, OperationRules::pagination)) {
            imports.require(metadata + "Pagination");
        }
        if (anyRule(operations, OperationRules::dateRange)) {
            imports.require(metadata + "DateRange");
        }
    }

    private static boolean anyParameter(List<Operation> operations, Predicate<Parameter> test) {
        return operations.stream().flatMap(operation -> operation.parameters().stream()).anyMatch(test);
    }

    private static boolean anyRule(List<Operation> operations, Function<OperationRules, Optional<?>> rule) {
        return operations.stream().anyMatch(operation -> rule.apply(operation.rules()).isPresent());
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
