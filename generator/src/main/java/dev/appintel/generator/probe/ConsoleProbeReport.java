package dev.appintel.generator.probe;

import java.util.ArrayList;
import java.util.List;

/** The report as console lines: a summary, then one line per finding and per call that got no answer. */
public final class ConsoleProbeReport {

    private ConsoleProbeReport() {
    }

    /** The summary line, then the detail lines, indented. */
    public static List<String> lines(ProbeReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("appintel probe: " + report.baseUrl() + ": " + verdict(report) + "; " + coverage(report));
        for (Finding finding : report.findings()) {
            lines.add("  [" + finding.severity().name().toLowerCase(java.util.Locale.ROOT) + "] " + finding.operationId()
                    + " " + (finding.pointer().isEmpty() ? "(response)" : finding.pointer()) + ": "
                    + finding.kind().title() + ": " + finding.message() + times(finding) + " <- GET " + finding.request());
        }
        for (ProbeCall call : report.calls()) {
            if (call.result() != ProbeCall.Result.ANSWERED) {
                lines.add("  [" + call.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "] "
                        + call.operationId() + (call.request().isEmpty() ? "" : " GET " + call.request())
                        + (call.detail().isEmpty() ? "" : ": " + call.detail()));
            }
        }
        return lines;
    }

    /** {@code no drift}, or the counts of drift findings and notes. */
    static String verdict(ProbeReport report) {
        String notes = report.notes() == 0 ? "" : ", " + count(report.notes(), "note");
        return report.hasDrift() ? count(report.drift(), "drift finding") + notes : "no drift" + notes;
    }

    /** How many operations answered with a success status, and how the calls went. */
    static String coverage(ProbeReport report) {
        StringBuilder text = new StringBuilder(report.operationsChecked() + " of " + report.operations()
                + " operations answered with a success status (" + count(report.calls().size(), "call"));
        for (ProbeCall.Result result : ProbeCall.Result.values()) {
            long count = report.calls(result);
            if (result != ProbeCall.Result.ANSWERED && count > 0) {
                text.append(", ").append(count).append(' ').append(result.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '));
            }
        }
        return text.append(')').toString();
    }

    static String times(Finding finding) {
        return finding.occurrences() == 1 ? "" : " (" + finding.occurrences() + " times)";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
