package dev.appintel.generator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.generator.TestSpecs;
import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecProblem;
import org.junit.jupiter.api.Test;

/** Deliberately broken copies of the real spec are refused with located problems. */
class BrokenRealSpecTest {

    private static final String GET_RETENTION = "/paths/~1v1~1{os}~1usage~1retention/get";

    @Test
    void aBatchingParameterThatWasRenamed() {
        String batching = "parameter: app_ids\n        maxPerCall: 500\n";
        String broken = TestSpecs.text().replace(batching, batching.replace("app_ids", "app_id_list"));
        assertThat(broken).as("the spec was changed").isNotEqualTo(TestSpecs.text());

        SpecException thrown = build(broken);

        assertThat(thrown.problems()).hasSize(3).allSatisfy(problem -> {
            assertThat(problem.message()).startsWith("get").contains(": x-appintel-batching.parameter names"
                    + " 'app_id_list', which get").contains(" does not have; its parameters are os, app_ids, ");
            assertThat(problem.location().pointer()).endsWith("/get/x-appintel-batching/parameter");
            assertThat(problem.location().line()).isPositive();
        });
        SpecProblem retention = thrown.problems().stream()
                .filter(problem -> problem.message().startsWith("getRetention:")).findFirst().orElseThrow();
        assertThat(retention.location().pointer()).isEqualTo(GET_RETENTION + "/x-appintel-batching/parameter");
        assertThat(thrown.getMessage()).startsWith("3 problems in app-intelligence.yaml:\n  app-intelligence.yaml:")
                .contains("(" + GET_RETENTION + "/x-appintel-batching/parameter): getRetention: x-appintel-batching"
                        + ".parameter names 'app_id_list', which getRetention does not have");
    }

    @Test
    void aSegmentSpanThatIsNotAPeriod() {
        String broken = TestSpecs.text().replace("quarterly: P2Y", "quarterly: two years");

        SpecException thrown = build(broken);

        assertThat(thrown.problems()).extracting(problem -> problem.location().pointer()).containsExactly(
                "/paths/~1v1~1{os}~1sales_report_estimates/get/x-appintel-date-segmentation/maxSpan/quarterly");
        assertThat(thrown.problems().get(0).message()).isEqualTo("getSalesReportEstimates:"
                + " x-appintel-date-segmentation.maxSpan.quarterly is 'two years', which is not a positive ISO-8601"
                + " period such as P7D, P3M or P1Y");
    }

    @Test
    void aMisspeltUnit() {
        String broken = TestSpecs.text().replaceFirst("x-appintel-unit: cents", "x-appintel-unit: cent");

        SpecException thrown = build(broken);

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().pointer()).isEqualTo("/components/schemas/IosSalesEstimate/properties/ir"
                    + "/x-appintel-unit");
            assertThat(problem.message()).isEqualTo("x-appintel-unit is 'cent'; known units: cents, ratio, seconds");
        });
    }

    private static SpecException build(String spec) {
        SpecException thrown = catchThrowableOfType(SpecException.class,
                () -> new ModelBuilder().build(TestSpecs.load(spec)));
        assertThat(thrown).as("the broken spec is refused").isNotNull();
        return thrown;
    }
}
