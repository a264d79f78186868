package dev.appintel.generator.diff;

import static dev.appintel.generator.diff.DiffSpecs.APP;
import static dev.appintel.generator.diff.DiffSpecs.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.TestSpecs;
import dev.appintel.generator.load.SpecException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDiffTest {

    @Test
    void theRealSpecHasNoChangesAgainstItself() {
        ChangeReport report = compareReal(TestSpecs.text());

        assertThat(report.changes()).isEmpty();
        assertThat(report.baseline().sha256()).isEqualTo(report.current().sha256());
    }

    @Test
    void aLowerBatchLimitInTheRealSpecIsTheOnlyChangeAndBreaksClients() {
        String text = TestSpecs.text();
        String activeUsers = "operationId: getActiveUsers";
        int batching = text.indexOf("maxPerCall: 500", text.indexOf(activeUsers));
        assertThat(text.substring(text.indexOf(activeUsers) + activeUsers.length(), batching))
                .as("the batch limit is getActiveUsers'").doesNotContain("operationId:");
        String edited = text.substring(0, batching) + "maxPerCall: 250" + text.substring(batching + "maxPerCall: 500".length());

        ChangeReport report = compareReal(edited);

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.BATCH_LIMIT_LOWERED);
            assertThat(change.detail()).isEqualTo("max per call 500 → 250");
            assertThat(change.operations()).containsExactly("getActiveUsers");
            // At the operation's x-appintel-batching key, two lines above its maxPerCall.
            assertThat(change.location().line()).isEqualTo(lineOf(text, "maxPerCall: 500") - 2);
        });
        assertThat(report.hasBreakingChanges()).isTrue();
    }

    @Test
    void aChangeToASharedSchemaIsReportedOnceWithEveryOperationThatReachesIt() {
        ChangeReport report = DiffSpecs.compare(spec -> {
            object(spec, "/components/schemas/Errors/properties").remove("errors");
            object(spec, "/components/schemas/Errors/properties").putObject("message").put("type", "string");
        });

        assertThat(report.changes()).filteredOn(change -> change.kind() == ChangeKind.RESPONSE_FIELD_REMOVED)
                .singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_FIELD_REMOVED);
            assertThat(change.subject()).isEqualTo("Errors.errors");
            assertThat(change.operations()).containsExactly("getApps", "getSales");
        });
    }

    @Test
    void aRemovalIsLocatedInTheBaselineAndAnAdditionInTheCurrentSpec() {
        String current = DiffSpecs.edited(spec -> {
            object(spec, APP + "/properties").remove("downloads");
            object(spec, APP + "/properties").putObject("price").put("type", "number");
        });

        ChangeReport report = DiffSpecs.compare(DiffSpecs.baseText(), current);

        Change removed = only(report, ChangeKind.RESPONSE_FIELD_REMOVED);
        assertThat(removed.side()).isEqualTo(Change.Side.BASELINE);
        assertThat(removed.location().pointer()).isEqualTo(APP + "/properties/downloads");
        assertThat(removed.location().line()).isEqualTo(lineOf(DiffSpecs.baseText(), "        downloads:"));
        assertThat(report.whereIs(removed)).isEqualTo("base.yaml:" + removed.location().line() + ":9");
        Change added = only(report, ChangeKind.RESPONSE_FIELD_ADDED);
        assertThat(added.side()).isEqualTo(Change.Side.CURRENT);
        assertThat(added.location().line()).isEqualTo(lineOf(current, "price:"));
        assertThat(report.whereIs(added)).startsWith("current.yaml:");
    }

    @Test
    void changesAreOrderedMostSevereFirst() {
        ChangeReport report = DiffSpecs.compare(spec -> {
            object(spec, APP + "/properties").putObject("price").put("type", "number");
            object(spec, "/paths").remove("/v1/{os}/sales");
            DiffSpecs.parameter(spec, DiffSpecs.APPS, "app_ids").put("required", false);
            DiffSpecs.array(spec, DiffSpecs.APPS + "/parameters").addObject().put("name", "lang").put("in", "query")
                    .put("required", true).putObject("schema").put("type", "string");
        });

        assertThat(report.changes()).extracting(Change::impact).containsExactly(
                Impact.BREAKS_CLIENTS, Impact.BREAKS_MOCK_USERS, Impact.SAFE, Impact.SAFE);
        assertThat(report.summary()).isEqualTo("1 breaking for clients, 1 breaking for mock users, 2 safe");
    }

    @Test
    void aBrokenBaselineFailsNamingTheBaseline() {
        String broken = DiffSpecs.baseText().replace("$ref: \"#/components/schemas/AppKind\"",
                "$ref: \"#/components/schemas/Missing\"");

        assertThatThrownBy(() -> DiffSpecs.compare(broken, DiffSpecs.baseText()))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("base.yaml:")
                .hasMessageContaining("#/components/schemas/Missing");
    }

    private static ChangeReport compareReal(String current) {
        return new SpecDiff().compare("baseline.yaml", TestSpecs.text().getBytes(StandardCharsets.UTF_8),
                TestSpecs.FILE_NAME, current.getBytes(StandardCharsets.UTF_8));
    }

    private static Change only(ChangeReport report, ChangeKind kind) {
        List<Change> found = report.changes().stream().filter(change -> change.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** The 1-based number of the first line that contains {@code text}. */
    static int lineOf(String document, String text) {
        String[] lines = document.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + text);
    }
}
