package dev.appintel.generator.diff;

import static dev.appintel.generator.diff.DiffSpecs.APP;
import static dev.appintel.generator.diff.DiffSpecs.APPS;
import static dev.appintel.generator.diff.DiffSpecs.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {

    /** Two breaking changes (one a oneOf's variants, whose detail has a pipe), an addition and two description edits. */
    private static final ChangeReport REPORT = DiffSpecs.compare(spec -> {
        object(spec, APP + "/properties").remove("downloads");
        DiffSpecs.array(spec, "/components/schemas/AppId/oneOf").addObject().put("type", "number");
        object(spec, APP + "/properties").putObject("price").put("type", "number");
        object(spec, APP + "/properties/name").put("description", "The store name.");
        object(spec, APPS).put("summary", "Apps by their ids.");
    });

    @Test
    void markdownHasASummaryAndOneTablePerClass() {
        String markdown = MarkdownReport.render(REPORT);

        assertThat(markdown).startsWith("# Spec changes: `current.yaml`\n");
        assertThat(markdown).contains("- Baseline: `base.yaml` (Diff Test API 1.0.0, SHA-256 ");
        assertThat(markdown).contains("**Breaking changes: 2 breaking for clients, 0 breaking for mock users, 3 safe.**");
        assertThat(markdown).contains("## Breaking for clients (2)\n\n| Change | Element | Detail | Operations | Where |\n");
        assertThat(markdown).contains("| Response field removed | `App.downloads` |  | getApps | base.yaml:");
        assertThat(markdown).contains("| Response field type or format changed | `AppId` | "
                + "int32\\|string → int32\\|string\\|number | getApps |");
        assertThat(markdown).contains("## Safe (3)");
        assertThat(markdown).doesNotContain("Breaking for mock users (");
        assertThat(markdown).endsWith("""
                ## Java API of the generated client (3)

                | Change | Element | Detail |
                |---|---|---|
                | Record component removed | `App.downloads` | `Long` |
                | Record component added | `App.price` | `Double` |
                | Method added | `AppId.of(double)` | `static AppId of(double value)` |
                """);
    }

    @Test
    void markdownSaysWhenTheClientApiDoesNotChange() {
        ChangeReport described = DiffSpecs.compare(spec -> object(spec, APPS).put("summary", "Apps by their ids."));

        assertThat(MarkdownReport.render(described)).endsWith("""
                ## Java API of the generated client (0)

                No changes to the Java API of the generated client.
                """);
    }

    @Test
    void markdownSaysWhenNothingBreaks() {
        ChangeReport safe = DiffSpecs.compare(spec -> object(spec, APP + "/properties").putObject("price")
                .put("type", "number"));

        assertThat(MarkdownReport.render(safe))
                .contains("**No breaking changes: 0 breaking for clients, 0 breaking for mock users, 1 safe.**");
        assertThat(MarkdownReport.render(DiffSpecs.compare(spec -> { })))
                .endsWith("No changes.\n");
    }

    @Test
    void jsonCarriesEveryChangeWithItsClassAndLocation() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(REPORT));

        assertThat(json.at("/summary/breaking").asBoolean()).isTrue();
        assertThat(json.at("/summary/breaksClients").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/safe").asInt()).isEqualTo(3);
        assertThat(json.at("/baseline/file").asText()).isEqualTo("base.yaml");
        assertThat(json.at("/current/version").asText()).isEqualTo("1.0.0");
        JsonNode first = json.at("/changes/0");
        assertThat(first.path("kind").asText()).isEqualTo("RESPONSE_FIELD_REMOVED");
        assertThat(first.path("impact").asText()).isEqualTo("BREAKS_CLIENTS");
        assertThat(first.path("subject").asText()).isEqualTo("App.downloads");
        assertThat(first.at("/operations/0").asText()).isEqualTo("getApps");
        assertThat(first.at("/location/spec").asText()).isEqualTo("baseline");
        assertThat(first.at("/location/pointer").asText()).isEqualTo(APP + "/properties/downloads");
        assertThat(first.at("/location/line").asInt()).isPositive();
        assertThat(json.path("changes").size()).isEqualTo(REPORT.changes().size());
        assertThat(json.path("clientApi").size()).isEqualTo(3);
        assertThat(json.at("/clientApi/1/change").asText()).isEqualTo("COMPONENT_ADDED");
        assertThat(json.at("/clientApi/1/element").asText()).isEqualTo("App.price");
        assertThat(json.at("/clientApi/1/detail").asText()).isEqualTo("Double");
    }

    @Test
    void theChangelogPutsBreakingChangesFirstAndGathersDescriptionEdits() {
        String changelog = ChangelogSection.render(REPORT);

        assertThat(changelog).isEqualTo("""
                ## Diff Test API 1.0.0

                ### Breaking changes

                - Response field removed (breaking for clients): `App.downloads`.
                - Response field type or format changed (breaking for clients): `AppId`: \
                int32|string → int32|string|number.

                ### Added

                - Response field added: `App.price`: number.

                ### Changed

                - Descriptions changed: `App.name`, `getApps`.
                """);
    }

    @Test
    void theConsoleHasASummaryAndOneLinePerChange() {
        assertThat(ConsoleReport.summary(REPORT))
                .isEqualTo("5 changes against base.yaml (1.0.0): 2 breaking for clients, 0 breaking for mock users, 3 safe");
        assertThat(ConsoleReport.lines(REPORT)).hasSize(5).first().asString()
                .matches("\\[breaking for clients] Response field removed: App\\.downloads \\(base\\.yaml:\\d+:9\\)");
    }

    @Test
    void theConsoleListsTheClientApiChangesUnderTheirCount() {
        assertThat(ConsoleReport.clientApi(REPORT)).containsExactly(
                "Java API of the generated client: 3 changes",
                "Record component removed: App.downloads [Long]",
                "Record component added: App.price [Double]",
                "Method added: AppId.of(double) [static AppId of(double value)]");
    }

    @Test
    void theConsoleGivesOnlyTheCountOfManyClientApiChanges() {
        ChangeReport many = DiffSpecs.compare(spec -> {
            for (int i = 0; i <= ConsoleReport.MAX_CLIENT_API_LINES; i++) {
                object(spec, APP + "/properties").putObject("extra" + i).put("type", "string");
            }
        });

        assertThat(ConsoleReport.clientApi(many)).containsExactly(
                "Java API of the generated client: 41 changes, listed in the Markdown and JSON reports");
        assertThat(ConsoleReport.clientApi(DiffSpecs.compare(spec -> { })))
                .containsExactly("Java API of the generated client: no changes");
    }

    @Test
    void theSameSpecsGiveTheSameBytes() {
        ChangeReport again = DiffSpecs.compare(spec -> {
            object(spec, APP + "/properties").remove("downloads");
            DiffSpecs.array(spec, "/components/schemas/AppId/oneOf").addObject().put("type", "number");
            object(spec, APP + "/properties").putObject("price").put("type", "number");
            object(spec, APP + "/properties/name").put("description", "The store name.");
            object(spec, APPS).put("summary", "Apps by their ids.");
        });

        assertThat(MarkdownReport.render(again)).isEqualTo(MarkdownReport.render(REPORT));
        assertThat(JsonReport.render(again)).isEqualTo(JsonReport.render(REPORT));
    }

    @Test
    void theFilesAreWrittenTogetherAndReplaced(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve(ReportFiles.MARKDOWN), "stale");

        var written = ReportFiles.write(REPORT, directory);

        assertThat(written).containsExactly(directory.resolve("spec-changes.md"), directory.resolve("spec-changes.json"),
                directory.resolve("CHANGELOG-section.md"));
        assertThat(Files.readString(directory.resolve(ReportFiles.MARKDOWN))).isEqualTo(MarkdownReport.render(REPORT));
        try (var files = Files.list(directory)) {
            assertThat(files).hasSize(3);
        }
    }
}
