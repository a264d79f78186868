package dev.appintel.generator.render.mock;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.render.FileHeader;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.JavadocComment;
import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.render.TemplateEngine;
import dev.appintel.generator.render.runtime.RouteCode;
import dev.appintel.generator.render.runtime.ShapeCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders the files of the {@code mock-server} target: {@code ApiRoutes} and {@code ApiShapes} in
 * the base package, data built from the types of the hand-written API runtime
 * ({@value #RUNTIME_PACKAGE}).
 */
final class MockFiles {

    /** The route table's class name. */
    static final String ROUTES = "ApiRoutes";

    /** The shapes' class name. */
    static final String SHAPES = "ApiShapes";

    /** The package of the runtime types the generated data is built from. */
    static final String RUNTIME_PACKAGE = "dev.appintel.runtime";

    private final ApiModel model;
    private final String basePackage;
    private final TemplateEngine engine;
    private final FileHeader header;
    private final ModelIndex types;

    MockFiles(ApiModel model, String basePackage, TemplateEngine engine) {
        this.model = model;
        this.basePackage = basePackage;
        this.engine = engine;
        this.header = FileHeader.of(model);
        this.types = new ModelIndex(model.types());
    }

    /** Every file, in no particular order. */
    List<GeneratedFile> render() {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(file(basePackage, ROUTES, engine.render("routes", routesContext())));
        files.add(file(basePackage, SHAPES, engine.render("shapes", shapesContext())));
        return files;
    }

    /** The context of the route table. */
    RoutesContext routesContext() {
        RouteCode code = new RouteCode(types);
        List<Operation> operations = model.operations();
        List<RoutesContext.Entry> routes = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            routes.add(new RoutesContext.Entry(routeJavadoc(operation), operation.javaName(), code.of(operation),
                    i == operations.size() - 1));
        }
        String keyName = Optional.ofNullable(model.apiKey()).map(key -> JavaLiterals.string(key.name())).orElse("null");
        String keyLocation = Optional.ofNullable(model.apiKey())
                .map(key -> "Param.Location." + key.location().name()).orElse("null");
        List<String> javaTypes = new ArrayList<>(List.of("java.util.List", "java.util.Map", "java.util.Optional"));
        if (operations.stream().anyMatch(operation -> operation.rules().segmentation().isPresent())) {
            javaTypes.add("java.time.Period");
        }
        return new RoutesContext(header, basePackage, imports(javaTypes,
                        "ApiKey", "Limits", "Param", "OperationSpec", "PathTemplate", "Reply", "Rules", "ScalarKind", "Shape"),
                model.title(), model.version(), ROUTES, keyName, keyLocation, ownApiKeys(operations), routes);
    }

    /** The operations whose own security requirement names another key than the API's, or none, in spec order. */
    private List<RoutesContext.OwnKey> ownApiKeys(List<Operation> operations) {
        List<Operation> own = operations.stream().filter(model::hasOwnApiKey).toList();
        List<RoutesContext.OwnKey> keys = new ArrayList<>();
        for (Operation operation : own) {
            String key = operation.apiKey().map(found -> "Optional.of(new ApiKey(" + JavaLiterals.string(found.name())
                    + ", Param.Location." + found.location().name() + "))").orElse("Optional.empty()");
            keys.add(new RoutesContext.OwnKey(JavaLiterals.string(operation.operationId()), key,
                    keys.size() == own.size() - 1));
        }
        return keys;
    }

    /** The context of the shapes. */
    ShapesContext shapesContext() {
        ShapeCode code = new ShapeCode(types);
        List<ShapesContext.Entry> shapes = model.types().stream()
                .sorted(Comparator.comparing(ModelType::schemaName))
                .map(type -> new ShapesContext.Entry(shapeJavadoc(type), methodName(type),
                        JavaLiterals.string(type.schemaName()), code.of(type)))
                .toList();
        return new ShapesContext(header, basePackage, imports(List.of("java.util.Collections", "java.util.List",
                "java.util.Map", "java.util.Optional", "java.util.TreeMap"), "Field", "Limits", "ScalarKind", "Shape"), model.title(), model.version(), SHAPES, shapes);
    }

    /** The shape method of a type: its Java name with a lower-case first letter, then {@code Shape}. */
    static String methodName(ModelType type) {
        String name = type.javaName();
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1) + "Shape";
    }

    private static List<String> imports(List<String> javaTypes, String... runtimeTypes) {
        List<String> imports = new ArrayList<>(javaTypes);
        for (String type : runtimeTypes) {
            imports.add(RUNTIME_PACKAGE + "." + type);
        }
        imports.sort(Comparator.naturalOrder());
        return imports;
    }

    private static String routeJavadoc(Operation operation) {
        return JavadocComment.of(operation.summary().isBlank() ? "The route of " + operation.operationId() + "." : operation.summary())
                .paragraph("`" + operation.method() + " " + operation.path() + "` (`" + operation.operationId() + "`).")
                .tag("@return", "", "the route")
                .render("    ");
    }

    private static String shapeJavadoc(ModelType type) {
        return JavadocComment.of("The shape of `" + type.schemaName() + "`.").render("    ");
    }

    private static GeneratedFile file(String packageName, String simpleName, String content) {
        return new GeneratedFile(packageName.replace('.', '/') + "/" + simpleName + ".java", content);
    }
}
