package dev.appintel.generator.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The report as JSON, for tools: {@code summary.drift} (how many drift findings), every finding
 * with its operation, request, JSON Pointer and schema, and every call.
 */
public final class JsonProbeReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonProbeReport() {
    }

    /** Renders the report, indented, with {@code \n} line ends. */
    public static String render(ProbeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("baseUrl", report.baseUrl());
        root.putObject("spec").put("file", report.spec()).put("sha256", report.specSha256());
        root.put("today", report.today().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("drift", report.drift());
        summary.put("notes", report.notes());
        summary.put("operations", report.operations());
        summary.put("operationsChecked", report.operationsChecked());
        summary.put("calls", report.calls().size());
        for (ProbeCall.Result result : ProbeCall.Result.values()) {
            summary.put(camel(result.name()), report.calls(result));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            findings.addObject().put("severity", finding.severity().name()).put("kind", finding.kind().name())
                    .put("title", finding.kind().title()).put("operationId", finding.operationId())
                    .put("request", finding.request()).put("pointer", finding.pointer())
                    .put("message", finding.message()).put("schema", finding.schema())
                    .put("occurrences", finding.occurrences());
        }
        ArrayNode calls = root.putArray("calls");
        for (ProbeCall call : report.calls()) {
            calls.addObject().put("operationId", call.operationId()).put("request", call.request())
                    .put("result", call.result().name()).put("status", call.status()).put("attempts", call.attempts())
                    .put("detail", call.detail());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code OUT_OF_BUDGET} → {@code outOfBudget}. */
    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
