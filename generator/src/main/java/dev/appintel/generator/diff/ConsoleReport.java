package dev.appintel.generator.diff;

import java.util.ArrayList;
import java.util.List;

/** The report as plain lines for a terminal or a build log: a summary, then one line per change. */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** The summary line, e.g. {@code 3 changes against baseline.yaml (1.0.0): 1 breaking for clients, ...}. */
    public static String summary(ChangeReport report) {
        return report.changes().size() + " change" + (report.changes().size() == 1 ? "" : "s") + " against "
                + report.baseline().file() + " (" + report.baseline().version() + "): " + report.summary();
    }

    /** One line per change, e.g. {@code [breaking for clients] Parameter removed: getApps › countries (app-intelligence.yaml:120:11)}. */
    public static List<String> lines(ChangeReport report) {
        List<String> lines = new ArrayList<>();
        for (Change change : report.changes()) {
            String detail = change.detail().isEmpty() ? "" : " [" + change.detail() + "]";
            lines.add("[" + change.impact().label() + "] " + change.kind().title() + ": " + change.subject() + detail
                    + " (" + report.whereIs(change) + ")");
        }
        return lines;
    }
}
