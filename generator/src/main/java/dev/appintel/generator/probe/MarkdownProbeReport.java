package dev.appintel.generator.probe;

import java.util.List;

/** The report as Markdown, for a CI job summary: the verdict, the drift, the notes and every call. */
public final class MarkdownProbeReport {

    private MarkdownProbeReport() {
    }

    /** Renders the report with {@code \n} line ends. */
    public static String render(ProbeReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# Drift probe of ").append(report.baseUrl()).append("\n\n");
        out.append("Spec `").append(report.spec()).append("` (SHA-256 `").append(shortSha(report.specSha256()))
                .append("`), request dates derived from ").append(report.today()).append(".\n\n");
        out.append("**").append(capitalized(ConsoleProbeReport.verdict(report))).append(".** ")
                .append(capitalized(ConsoleProbeReport.coverage(report))).append(".\n");
        findings(out, "Drift", report.findings().stream()
                .filter(finding -> finding.severity() == Finding.Severity.DRIFT).toList());
        findings(out, "Notes on provisional shapes (`x-provisional`)", report.findings().stream()
                .filter(finding -> finding.severity() == Finding.Severity.NOTE).toList());
        out.append("\n## Calls\n\n| operation | request | result | status | attempts | detail |\n|---|---|---|---|---|---|\n");
        for (ProbeCall call : report.calls()) {
            out.append("| ").append(call.operationId()).append(" | ").append(code(call.request())).append(" | ")
                    .append(call.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(" | ")
                    .append(call.status() == 0 ? "" : call.status()).append(" | ").append(call.attempts()).append(" | ")
                    .append(cell(call.detail())).append(" |\n");
        }
        return out.toString();
    }

    private static void findings(StringBuilder out, String heading, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("\n## ").append(heading).append("\n\n")
                .append("| operation | JSON path | finding | detail | schema | request |\n|---|---|---|---|---|---|\n");
        for (Finding finding : findings) {
            out.append("| ").append(finding.operationId()).append(" | ").append(code(finding.pointer()))
                    .append(" | ").append(finding.kind().title()).append(" | ")
                    .append(cell(finding.message() + ConsoleProbeReport.times(finding))).append(" | ")
                    .append(code(finding.schema())).append(" | ").append(code("GET " + finding.request())).append(" |\n");
        }
    }

    /** Text in a table cell: pipes escaped, lines joined. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    /** Code in a table cell; empty stays empty. */
    private static String code(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String fence = text.contains("`") ? "`` " : "`";
        String close = text.contains("`") ? " ``" : "`";
        return fence + text.replace("|", "\\|") + close;
    }

    private static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
