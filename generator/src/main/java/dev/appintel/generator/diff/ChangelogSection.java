package dev.appintel.generator.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code CHANGELOG}-style section for a release: breaking changes first, then additions,
 * changes and removals; description edits are gathered on one line.
 */
public final class ChangelogSection {

    private ChangelogSection() {
    }

    /** Renders the section, headed by the two spec versions. */
    public static String render(ChangeReport report) {
        StringBuilder section = new StringBuilder();
        section.append("## ").append(report.current().title()).append(' ').append(report.current().version());
        if (!report.baseline().version().equals(report.current().version())) {
            section.append(" (since ").append(report.baseline().version()).append(')');
        }
        section.append("\n");
        if (report.changes().isEmpty()) {
            return section.append("\nNo changes to the API.\n").toString();
        }
        for (ChangeKind.Section heading : ChangeKind.Section.values()) {
            List<String> lines = lines(report, heading);
            if (!lines.isEmpty()) {
                section.append("\n### ").append(heading.heading()).append("\n\n");
                lines.forEach(line -> section.append("- ").append(line).append('\n'));
            }
        }
        return section.toString();
    }

    private static List<String> lines(ChangeReport report, ChangeKind.Section heading) {
        List<String> lines = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Change change : report.changes()) {
            if (change.kind().section() != heading) {
                continue;
            }
            if (change.kind() == ChangeKind.DESCRIPTION_CHANGED) {
                described.add(MarkdownReport.code(change.subject()));
            } else {
                String breaking = change.impact().breaking() ? " (" + change.impact().label() + ")" : "";
                String detail = change.detail().isEmpty() ? "" : ": " + change.detail();
                lines.add(change.kind().title() + breaking + ": " + MarkdownReport.code(change.subject()) + detail + ".");
            }
        }
        if (!described.isEmpty()) {
            lines.add("Descriptions changed: " + String.join(", ", described) + ".");
        }
        return lines;
    }
}
