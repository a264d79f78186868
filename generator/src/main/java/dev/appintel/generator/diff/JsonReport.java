package dev.appintel.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The report as JSON, for tools: the two specs, counts per class, every change, and every change
 * to the generated client's Java API.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    /** Renders the report, indented with {@code \n} line ends on every platform. */
    public static String render(ChangeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("baseline", spec(report.baseline()));
        root.set("current", spec(report.current()));
        ObjectNode summary = root.putObject("summary");
        summary.put("breaking", report.hasBreakingChanges());
        summary.put("breaksClients", report.count(Impact.BREAKS_CLIENTS));
        summary.put("breaksMockUsers", report.count(Impact.BREAKS_MOCK_USERS));
        summary.put("breaksStrictClients", report.count(Impact.BREAKS_STRICT_CLIENTS));
        summary.put("safe", report.count(Impact.SAFE));
        summary.put("brokenBaselineInteractions", report.contractFindings().size());
        var changes = root.putArray("changes");
        for (Change change : report.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().name());
            node.put("impact", change.impact().name());
            node.put("title", change.kind().title());
            node.put("subject", change.subject());
            node.put("detail", change.detail());
            var operations = node.putArray("operations");
            change.operations().forEach(operations::add);
            ObjectNode location = node.putObject("location");
            location.put("spec", change.side().name().toLowerCase(java.util.Locale.ROOT));
            location.put("file", report.fileOf(change));
            location.put("line", change.location().line());
            location.put("column", change.location().column());
            location.put("pointer", change.location().pointer());
        }
        var findings = root.putArray("contractFindings");
        for (ContractFinding finding : report.contractFindings()) {
            findings.addObject().put("operationId", finding.operationId()).put("interaction", finding.interaction())
                    .put("request", finding.request()).put("field", finding.field()).put("problem", finding.problem());
        }
        var clientApi = root.putArray("clientApi");
        for (ApiChange change : report.clientApi()) {
            ObjectNode node = clientApi.addObject();
            node.put("change", change.kind().name());
            node.put("element", change.element());
            node.put("detail", change.detail());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode spec(SpecIdentity spec) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", spec.file());
        node.put("title", spec.title());
        node.put("version", spec.version());
        node.put("sha256", spec.sha256());
        return node;
    }
}
