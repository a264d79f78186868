package dev.appintel.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.diff.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification with the contract tests' findings: each a breaking finding of the report. */
class SpecVerificationTest {

    private static final String FINDINGS = """
            {"baselinePact":"pacts-baseline/x.json","interactions":3,"findings":[
             {"operationId":"getCohorts","interaction":"getCohorts succeeds (request from the spec)",
              "request":"GET /v1/cohorts","field":"$.cohorts[0].name",
              "problem":"Expected name but was missing"}]}
            """;

    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();
    private Path spec;
    private Baseline baseline;

    @BeforeEach
    void sameSpecOnBothSides() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("diff/base.yaml")) {
            byte[] text = in.readAllBytes();
            spec = Files.write(directory.resolve("api.yaml"), text);
            baseline = new Baseline("api.yaml (baseline)", text);
        }
    }

    private SpecVerification.Verdict verify(boolean allowBreakingChanges, Path findings) {
        VerificationLog log = new VerificationLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
                warnings.add(line);
            }

            @Override
            public void error(String line) {
            }
        };
        return new SpecVerification(log).verify(new SpecVerification.Options(spec, Optional.of(baseline),
                directory.resolve("reports"), false, allowBreakingChanges, false, Optional.of(findings)));
    }

    @Test
    void aBrokenBaselineInteractionFailsNamingItsOperationAndField() throws IOException {
        Path findings = Files.writeString(directory.resolve("contract-findings.json"), FINDINGS);

        SpecVerification.Verdict verdict = verify(false, findings);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.failure().orElseThrow()).contains("1 breaking change against api.yaml (baseline)")
                .contains("getCohorts: $.cohorts[0].name: Expected name but was missing (GET /v1/cohorts)");
        assertThat(Files.readString(directory.resolve("reports").resolve(ReportFiles.MARKDOWN)))
                .contains("## Baseline pact interactions the new mock breaks (1)")
                .contains("| `getCohorts` | getCohorts succeeds (request from the spec) | `GET /v1/cohorts` "
                        + "| `$.cohorts[0].name` | Expected name but was missing |");
        assertThat(Files.readString(directory.resolve("reports").resolve(ReportFiles.JSON)))
                .contains("\"brokenBaselineInteractions\" : 1").contains("\"field\" : \"$.cohorts[0].name\"");
    }

    @Test
    void acceptedBreakingChangesPassWithTheFindingsStillWarned() throws IOException {
        Path findings = Files.writeString(directory.resolve("contract-findings.json"), FINDINGS);

        assertThat(verify(true, findings).passed()).isTrue();
        assertThat(warnings).anyMatch(line -> line.contains("getCohorts: $.cohorts[0].name"));
    }

    @Test
    void noFindingsFileOrAnEmptyListPasses() throws IOException {
        assertThat(verify(false, directory.resolve("absent.json")).passed()).isTrue();
        Path none = Files.writeString(directory.resolve("none.json"), "{\"findings\":[]}");
        assertThat(verify(false, none).passed()).isTrue();
    }

    @Test
    void aMalformedFindingsFileFailsNamingIt() throws IOException {
        Path bad = Files.writeString(directory.resolve("bad.json"), "{\"findings\":[{\"operationId\":1}]}");

        assertThatThrownBy(() -> verify(false, bad)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("\"operationId\"");
    }
}
