package dev.appintel.generator.diff;

import java.util.ArrayList;
import java.util.List;

/** The report as plain lines for a terminal or a build log: a summary, then one line per change. */
public final class ConsoleReport {

    /** Beyond this many Java API changes the console gives only their count; the files list them all. */
    static final int MAX_CLIENT_API_LINES = 40;

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

    /**
     * The changes to the generated client's Java API: a summary line, e.g. {@code Java API of the
     * generated client: 2 changes}, then one line per change, e.g. {@code Record component added:
     * App.price [Double]}, or the summary alone when there are more than {@value #MAX_CLIENT_API_LINES}.
     */
    public static List<String> clientApi(ChangeReport report) {
        List<ApiChange> changes = report.clientApi();
        List<String> lines = new ArrayList<>();
        String count = changes.isEmpty() ? "no changes" : changes.size() + " change" + (changes.size() == 1 ? "" : "s");
        if (changes.size() > MAX_CLIENT_API_LINES) {
            lines.add("Java API of the generated client: " + count + ", listed in the Markdown and JSON reports");
            return lines;
        }
        lines.add("Java API of the generated client: " + count);
        for (ApiChange change : changes) {
            lines.add(change.kind().title() + ": " + change.element() + " [" + change.detail() + "]");
        }
        return lines;
    }
}
