package dev.appintel.generator.model;

import dev.appintel.generator.load.LoadedSpec;
import dev.appintel.generator.load.SpecProblems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.List;
import java.util.Optional;

/**
 * Stage 2: turns a loaded spec into the generator's own model, deciding every Java name.
 *
 * <p>It reads the document as written, where every {@code $ref} is still visible, so that a
 * reference to a component schema keeps its name: model types ({@code App}) become
 * {@link TypeRef.Named}, aliases ({@code RankPoint}) the type they stand for. Names are decided
 * in a fixed order, so the same spec always gives the same model: component schemas first, then
 * the inline types of component schemas, parameters and responses, then operations in spec order,
 * then tag interfaces.
 */
public final class ModelBuilder {

    /**
     * Builds the model.
     *
     * @throws dev.appintel.generator.load.SpecException with every problem found, each located
     */
    public ApiModel build(LoadedSpec spec) {
        OpenAPI document = spec.asWritten();
        SpecProblems problems = new SpecProblems(spec.fileName(), spec.positions());
        TypeRegistry registry = new TypeRegistry();
        SecurityReader security = new SecurityReader(document, problems);
        Optional<ApiKey> apiKey = security.document(document);
        List<Operation> operations = readOperations(document, registry, security, apiKey, problems);
        List<TagGroup> tags = TagGrouper.group(document.getTags(), operations, registry);
        problems.throwIfAny();
        Info info = document.getInfo() == null ? new Info() : document.getInfo();
        return new ApiModel(text(info.getTitle()), text(info.getVersion()), spec.fileName(), spec.sha256(),
                ServiceFacts.serverUrl(document), apiKey.orElse(null), tags, registry.sorted());
    }

    private static List<Operation> readOperations(OpenAPI document, TypeRegistry registry, SecurityReader security,
            Optional<ApiKey> apiKey, SpecProblems problems) {
        Extensions extensions = new Extensions(problems);
        Refs refs = new Refs(document, problems);
        TypeMapper types = new TypeMapper(refs, registry, extensions, problems);
        ParameterReader parameters = new ParameterReader(refs, types, extensions, problems);
        ResponseReader responses = new ResponseReader(refs, types, problems);
        types.declareComponents();
        types.defineComponents();
        parameters.typeComponents();
        responses.typeComponents();
        extensions.check(document.getExtensions(), Extensions.Site.ELSEWHERE, "");
        RulesReader rules = new RulesReader(registry, problems);
        return new OperationReader(parameters, responses, rules, extensions,
                (operation, pointer) -> security.operation(operation, pointer, apiKey), problems)
                .readAll(document.getPaths());
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
