package dev.appintel.generator.diff;

import java.util.List;

/**
 * The report as a Markdown page: a summary, one table per class of change, then the changes to the
 * generated client's Java API.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** Renders the report; the same report gives the same text. */
    public static String render(ChangeReport report) {
        StringBuilder page = new StringBuilder();
        page.append("# Spec changes: ").append(code(report.current().file())).append("\n\n");
        page.append("- Baseline: ").append(describe(report.baseline())).append('\n');
        page.append("- Current: ").append(describe(report.current())).append("\n\n");
        if (report.changes().isEmpty() && report.clientApi().isEmpty() && report.contractFindings().isEmpty()) {
            return page.append("No changes.\n").toString();
        }
        page.append(report.hasBreakingChanges() ? "**Breaking changes: " : "**No breaking changes: ")
                .append(report.summary()).append(".**\n");
        for (Impact impact : Impact.values()) {
            List<Change> changes = report.changes().stream().filter(change -> change.impact() == impact).toList();
            if (changes.isEmpty()) {
                continue;
            }
            page.append("\n## ").append(capitalised(impact.label())).append(" (").append(changes.size()).append(")\n\n");
            page.append("| Change | Element | Detail | Operations | Where |\n");
            page.append("|---|---|---|---|---|\n");
            for (Change change : changes) {
                page.append("| ").append(cell(change.kind().title()))
                        .append(" | ").append(code(change.subject()))
                        .append(" | ").append(cell(change.detail()))
                        .append(" | ").append(cell(String.join(", ", change.operations())))
                        .append(" | ").append(cell(report.whereIs(change)))
                        .append(" |\n");
            }
        }
        contractFindings(report, page);
        clientApi(report, page);
        return page.toString();
    }

    private static void contractFindings(ChangeReport report, StringBuilder page) {
        if (report.contractFindings().isEmpty()) {
            return;
        }
        page.append("\n## Baseline pact interactions the new mock breaks (").append(report.contractFindings().size())
                .append(")\n\n");
        page.append("The pact the baseline spec's client would publish, replayed against the new mock server.\n\n");
        page.append("| Operation | Interaction | Request | Field | Problem |\n");
        page.append("|---|---|---|---|---|\n");
        for (ContractFinding finding : report.contractFindings()) {
            page.append("| ").append(code(finding.operationId()))
                    .append(" | ").append(cell(finding.interaction()))
                    .append(" | ").append(code(finding.request()))
                    .append(" | ").append(code(finding.field()))
                    .append(" | ").append(cell(finding.problem()))
                    .append(" |\n");
        }
    }

    /** The section is there whenever the spec changed, so that a reader never wonders whether it was left out. */
    private static void clientApi(ChangeReport report, StringBuilder page) {
        page.append("\n## Java API of the generated client (").append(report.clientApi().size()).append(")\n\n");
        if (report.clientApi().isEmpty()) {
            page.append("No changes to the Java API of the generated client.\n");
            return;
        }
        page.append("| Change | Element | Detail |\n");
        page.append("|---|---|---|\n");
        for (ApiChange change : report.clientApi()) {
            page.append("| ").append(cell(change.kind().title()))
                    .append(" | ").append(code(change.element()))
                    .append(" | ").append(code(change.detail()))
                    .append(" |\n");
        }
    }

    private static String describe(SpecIdentity spec) {
        return code(spec.file()) + " (" + cell(spec.title()) + " " + cell(spec.version()) + ", SHA-256 "
                + spec.sha256().substring(0, Math.min(12, spec.sha256().length())) + ")";
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** Text in a table cell: pipes would end the cell, line breaks the row. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    /** Code in a table cell; a backtick inside would end it early. */
    static String code(String text) {
        return text.isEmpty() ? "" : "`" + cell(text).replace("`", "'") + "`";
    }
}
