package dev.appintel.generator.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.generator.model.ApiKey;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.ParameterLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live drift probe, shared by {@code appintel probe} and {@code appintel:probe}: calls every
 * operation of the spec once (once per platform), checks each answer against the spec, and writes
 * {@code probe-report.md} and {@code probe-report.json}.
 *
 * <p>Calls are made one at a time, with a pause between them, within a total budget; the
 * operations that list cohorts come first, so that the others can be given cohort ids that exist.
 */
public final class Probe {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Probes the service and writes the report files into the configuration's output directory.
     *
     * @throws ServiceUnreachableException          when the service cannot be reached
     * @throws dev.appintel.generator.load.SpecException when the spec has problems
     * @throws ProbeSpec.MissingSpecException         when no spec is given and none is bundled
     * @throws java.io.UncheckedIOException           when a report file cannot be written
     */
    public ProbeReport run(ProbeConfig config) {
        ProbeSpec spec = ProbeSpec.load(config.spec());
        Transport transport = new HttpTransport(config.baseUrl(), Optional.ofNullable(spec.model().apiKey()),
                config.token(), config.pacing().requestTimeout());
        ProbeReport report = run(spec, transport, config, PacedCaller.SYSTEM);
        ProbeReportFiles.write(report, config.outputDirectory());
        return report;
    }

    /** Probes through {@code transport}, with {@code clock} for pauses, waits and the budget; writes nothing. */
    ProbeReport run(ProbeSpec spec, Transport transport, ProbeConfig config, PacedCaller.Clock clock) {
        Redactor redactor = new Redactor(config.token());
        SchemaTree tree = new SchemaTree(spec.loaded().tree());
        RequestPlanner planner = new RequestPlanner(spec.model(), ExampleValues.of(spec.model(), tree), config.today());
        AnswerChecker checker = new AnswerChecker(tree);
        PacedCaller caller = new PacedCaller(transport, config.pacing(), clock);
        String keyShown = keyShown(Optional.ofNullable(spec.model().apiKey()));
        Map<String, JsonNode> cohortAnswers = new HashMap<>();
        List<ProbeCall> calls = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean budgetSpent = false;
        for (ProbeTarget target : planner.targets()) {
            Operation operation = target.operation();
            RequestPlanner.Plan plan = planner.plan(target, cohortAnswers);
            if (plan instanceof RequestPlanner.Plan.Unplannable unplannable) {
                calls.add(new ProbeCall(operation.operationId(), "", ProbeCall.Result.NOT_PLANNED, 0, 0,
                        target.describe() + ": " + unplannable.reason()));
                continue;
            }
            RequestPlanner.Plan.Ready ready = (RequestPlanner.Plan.Ready) plan;
            String shown = redactor.redact(ready.request().target(keyShown));
            String notes = String.join("; ", ready.notes());
            Optional<PacedCaller.Outcome> outcome = budgetSpent ? Optional.empty() : caller.call(ready.request());
            if (outcome.isEmpty()) {
                budgetSpent = true;
                calls.add(new ProbeCall(operation.operationId(), shown, ProbeCall.Result.OUT_OF_BUDGET, 0, 0, notes));
                continue;
            }
            calls.add(record(operation, shown, outcome.get(), notes, redactor));
            outcome.get().answer().ifPresent(answer -> {
                checker.check(operation, shown, answer).forEach(finding -> findings.add(redacted(finding, redactor)));
                if (target.listsCohorts() && answer.status() / 100 == 2) {
                    json(answer).ifPresent(body -> cohortAnswers.put(ready.request().path(), body));
                }
            });
        }
        return new ProbeReport(redactor.redact(config.baseUrl().toString()), spec.loaded().fileName(),
                spec.loaded().sha256(), config.today(), spec.model().operations().size(), calls, findings);
    }

    private static ProbeCall record(Operation operation, String shown, PacedCaller.Outcome outcome, String notes,
            Redactor redactor) {
        String detail = redactor.redact(String.join("; ", List.of(outcome.failure(), notes).stream()
                .filter(text -> !text.isEmpty()).toList()));
        return outcome.answer()
                .map(answer -> new ProbeCall(operation.operationId(), shown, ProbeCall.Result.ANSWERED, answer.status(),
                        outcome.attempts(), detail))
                .orElseGet(() -> new ProbeCall(operation.operationId(), shown, ProbeCall.Result.FAILED, 0,
                        outcome.attempts(), detail));
    }

    private static Finding redacted(Finding finding, Redactor redactor) {
        return new Finding(finding.severity(), finding.kind(), finding.operationId(), redactor.redact(finding.request()),
                redactor.redact(finding.pointer()), redactor.redact(finding.message()), finding.schema(),
                finding.occurrences());
    }

    private static Optional<JsonNode> json(Transport.Answer answer) {
        try {
            return Optional.ofNullable(MAPPER.readTree(answer.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What the shown request line ends with: the key when it travels in the query, its value masked. */
    private static String keyShown(Optional<ApiKey> key) {
        return key.filter(found -> found.location() == ParameterLocation.QUERY)
                .map(found -> ProbeRequest.encode(found.name()) + "=" + Redactor.MASK).orElse("");
    }
}
