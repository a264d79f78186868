package dev.appintel.generator.diff;

import static dev.appintel.generator.diff.DiffSpecs.APP;
import static dev.appintel.generator.diff.DiffSpecs.APPS;
import static dev.appintel.generator.diff.DiffSpecs.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Edits of the diff tests' baseline spec, and what each does to the generated client's Java API. */
class ClientApiDiffTest {

    @Test
    void aPropertyAddedIsARecordComponentAddedWithItsJavaType() {
        assertThat(clientApi(spec -> object(spec, APP + "/properties").putObject("price").put("type", "number")))
                .containsExactly(new ApiChange(ApiChangeKind.COMPONENT_ADDED, "App.price", "Double"));
    }

    @Test
    void anEnumValueRemovedIsAConstantRemoved() {
        assertThat(clientApi(spec -> DiffSpecs.removeValue(DiffSpecs.array(spec, "/components/schemas/AppKind/enum"), "app")))
                .containsExactly(new ApiChange(ApiChangeKind.CONSTANT_REMOVED, "AppKind.APP", "\"app\""));
    }

    @Test
    void aRenamedPropertyIsOneComponentRemovedAndAnotherAdded() {
        List<ApiChange> changes = clientApi(spec -> {
            ObjectNode properties = object(spec, APP + "/properties");
            properties.set("installs", properties.remove("downloads"));
        });

        assertThat(changes).containsExactly(
                new ApiChange(ApiChangeKind.COMPONENT_REMOVED, "App.downloads", "Long"),
                new ApiChange(ApiChangeKind.COMPONENT_ADDED, "App.installs", "Long"));
    }

    @Test
    void aRetypedPropertyAndParameterChangeTheComponentAndTheMethodSignature() {
        List<ApiChange> changes = clientApi(spec -> {
            object(spec, APP + "/properties/downloads").put("type", "string").remove("format");
            DiffSpecs.parameter(spec, APPS, "country").with("schema").put("type", "integer").remove("pattern");
        });

        assertThat(changes).containsExactly(
                new ApiChange(ApiChangeKind.COMPONENT_CHANGED, "App.downloads", "Long → String"),
                new ApiChange(ApiChangeKind.METHOD_CHANGED, "AppsApi.getApps",
                        "AppList getApps(AppsOs os, List<String> appIds, String country) → "
                                + "AppList getApps(AppsOs os, List<String> appIds, Integer country)"));
    }

    @Test
    void aNewOperationWithFourParametersAddsItsMethodsAndItsRequestRecord() {
        List<ApiChange> changes = clientApi(spec -> {
            ObjectNode get = object(spec, "/paths").putObject("/v1/top").putObject("get");
            get.put("operationId", "getTopApps").putArray("tags").add("Apps");
            var parameters = get.putArray("parameters");
            parameters.addObject().put("name", "country").put("in", "query").putObject("schema").put("type", "string");
            parameters.addObject().put("name", "limit").put("in", "query").putObject("schema").put("type", "integer");
            parameters.addObject().put("name", "page").put("in", "query").putObject("schema").put("type", "integer");
            parameters.addObject().put("name", "date").put("in", "query").putObject("schema").put("type", "string")
                    .put("format", "date");
            get.putObject("responses").putObject("200").put("description", "Top apps.")
                    .putObject("content").putObject("application/json").putObject("schema")
                    .put("$ref", "#/components/schemas/AppList");
        });

        assertThat(changes).containsExactly(
                new ApiChange(ApiChangeKind.METHOD_ADDED, "AppsApi.getTopApps",
                        "AppList getTopApps(String country, Integer limit, Integer page, LocalDate date)"),
                new ApiChange(ApiChangeKind.METHOD_ADDED, "AppsApi.getTopApps(GetTopAppsRequest)",
                        "AppList getTopApps(GetTopAppsRequest request)"),
                new ApiChange(ApiChangeKind.TYPE_ADDED, "GetTopAppsRequest", "request record"));
    }

    @Test
    void aTagRemovedTakesItsInterfaceRequestRecordAndAccessor() {
        List<ApiChange> changes = clientApi(spec -> {
            object(spec, "/paths").remove("/v1/{os}/sales");
            DiffSpecs.array(spec, "/tags").remove(1);
        });

        assertThat(changes).extracting(ApiChange::kind, ApiChange::element).contains(
                tuple(ApiChangeKind.METHOD_REMOVED, "Apis.sales"),
                tuple(ApiChangeKind.TYPE_REMOVED, "GetSalesRequest"),
                tuple(ApiChangeKind.TYPE_REMOVED, "SalesApi"));
        assertThat(changes).noneMatch(change -> change.element().startsWith("SalesApi."));
    }

    @Test
    void theSameSpecChangesNothing() {
        ChangeReport report = DiffSpecs.compare(spec -> { });

        assertThat(report.clientApi()).isEmpty();
    }

    @Test
    void theOrderIsTheSameWhateverTheOrderOfTheEdits() {
        Consumer<ObjectNode> price = spec -> object(spec, APP + "/properties").putObject("price").put("type", "number");
        Consumer<ObjectNode> kind = spec -> DiffSpecs.array(spec, "/components/schemas/AppKind/enum").add("tool");
        Consumer<ObjectNode> rating = spec -> object(spec, APP + "/properties/rating").put("type", "string");

        List<ApiChange> one = clientApi(price.andThen(kind).andThen(rating));
        List<ApiChange> other = clientApi(rating.andThen(kind).andThen(price));

        assertThat(one).hasSize(3).isEqualTo(other).isSortedAccordingTo(ApiChange.ORDER);
        assertThat(one).extracting(ApiChange::element).containsExactly("App.price", "App.rating", "AppKind.TOOL");
    }

    private static List<ApiChange> clientApi(Consumer<ObjectNode> edit) {
        return DiffSpecs.compare(edit).clientApi();
    }
}
