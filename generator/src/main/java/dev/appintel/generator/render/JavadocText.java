package dev.appintel.generator.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the spec's Markdown into lines that are safe and readable inside a Javadoc comment.
 *
 * <p>Safety: {@code *}{@code /} never appears (it would end the comment; it becomes
 * {@code *&#47;}), a backslash before {@code u} becomes {@code &#92;u} (javac reads unicode
 * escapes even in comments), {@code <}, {@code >} and {@code &} are escaped, <code>&#123;@</code> cannot
 * start an inline tag and {@code @} cannot start a block tag at the beginning of a line.
 *
 * <p>Markdown: {@code `code`} becomes {@code {@code code}} (or {@code <code>} with escaped text
 * when the code holds braces or other characters {@code {@code}} cannot carry), {@code **bold**}
 * becomes {@code <b>bold</b>}, paragraphs after the first start with {@code <p>}, headings become
 * bold paragraphs, lists become {@code <ul>}/{@code <ol>}, tables become a list with one item per
 * row, and fenced code becomes {@code <pre>}. Lines are kept as written, never re-wrapped; trailing
 * whitespace is dropped.
 */
public final class JavadocText {

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern ORDERED_MARKER = Pattern.compile("\\d+[.)]");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile(":?-+:?");
    private static final char PLACEHOLDER = '\u0000';
    /** The characters {@link #inline} may have to rewrite; most lines of prose have none. */
    private static final String SPECIAL = "`*&<>@\\" + PLACEHOLDER;

    private JavadocText() {
    }

    /**
     * The Javadoc lines for a Markdown text, without the leading {@code " * "}; empty for a blank
     * text. Blocks are separated by an empty line.
     */
    public static List<String> lines(String markdown) {
        List<String> out = new ArrayList<>();
        for (MarkdownBlocks.Block block : MarkdownBlocks.parse(markdown)) {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.addAll(render(block, out.isEmpty()));
        }
        return out;
    }

    /** One line of Markdown with inline code and bold, made safe for Javadoc. */
    public static String inline(String line) {
        if (isPlain(line)) {
            return line.stripTrailing();
        }
        List<String> codes = new ArrayList<>();
        Matcher code = CODE_SPAN.matcher(line);
        StringBuilder text = new StringBuilder();
        while (code.find()) {
            codes.add(code(code.group(1)));
            code.appendReplacement(text, Matcher.quoteReplacement(PLACEHOLDER + String.valueOf(codes.size() - 1) + PLACEHOLDER));
        }
        code.appendTail(text);
        String escaped = BOLD.matcher(escapeHtml(text.toString())).replaceAll("<b>$1</b>");
        return guardLineStart(neutralize(restore(escaped, codes))).stripTrailing();
    }

    private static boolean isPlain(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (SPECIAL.indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text as code: {@code {@code text}} when that is safe, otherwise {@code <code>} with every
     * special character escaped.
     */
    public static String code(String text) {
        boolean plain = text.indexOf('{') < 0 && text.indexOf('}') < 0 && !text.contains("*/")
                && !text.contains("\\u") && text.indexOf(PLACEHOLDER) < 0;
        return plain ? "{@code " + text + "}" : "<code>" + escapeAll(text) + "</code>";
    }

    /**
     * Text for a plain (non-Javadoc) comment such as a file header: it cannot end the comment or
     * hide a unicode escape; nothing else changes.
     */
    public static String commentSafe(String text) {
        return text.replace("*/", "* /").replace("\\u", "\\ u");
    }

    private static List<String> render(MarkdownBlocks.Block block, boolean first) {
        return switch (block.kind()) {
            case PARAGRAPH -> paragraph(block.lines(), first);
            case HEADING -> List.of((first ? "" : "<p>") + "<b>" + inline(block.lines().get(0)) + "</b>");
            case LIST -> list(block.lines());
            case TABLE -> table(block.lines(), first);
            case CODE -> preformatted(block.lines());
        };
    }

    private static List<String> paragraph(List<String> lines, boolean first) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(inline(line.strip()));
        }
        if (!first) {
            out.set(0, "<p>" + out.get(0));
        }
        return out;
    }

    private static List<String> list(List<String> lines) {
        Matcher firstItem = LIST_ITEM.matcher(lines.get(0));
        boolean ordered = firstItem.matches() && ORDERED_MARKER.matcher(firstItem.group(1)).matches();
        List<List<String>> items = new ArrayList<>();
        for (String line : lines) {
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                items.add(new ArrayList<>(List.of(inline(item.group(2).strip()))));
            } else {
                items.get(items.size() - 1).add(inline(line.strip()));
            }
        }
        List<String> out = new ArrayList<>();
        out.add(ordered ? "<ol>" : "<ul>");
        for (List<String> item : items) {
            int last = item.size() - 1;
            item.set(0, "<li>" + item.get(0));
            item.set(last, item.get(last) + "</li>");
            out.addAll(item);
        }
        out.add(ordered ? "</ol>" : "</ul>");
        return out;
    }

    private static List<String> table(List<String> lines, boolean first) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            if (!cells.stream().allMatch(cell -> TABLE_SEPARATOR.matcher(cell).matches())) {
                rows.add(cells);
            }
        }
        List<String> out = new ArrayList<>();
        out.add((first ? "" : "<p>") + row(rows.get(0)));
        out.add("<ul>");
        for (List<String> row : rows.subList(1, rows.size())) {
            out.add("<li>" + row(row) + "</li>");
        }
        out.add("</ul>");
        return out;
    }

    private static String row(List<String> cells) {
        String head = inline(cells.get(0));
        if (cells.size() == 1) {
            return head;
        }
        List<String> rest = new ArrayList<>();
        for (String cell : cells.subList(1, cells.size())) {
            rest.add(inline(cell));
        }
        return head + ": " + String.join("; ", rest);
    }

    private static List<String> cells(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("|")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : trimmed.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }

    private static List<String> preformatted(List<String> lines) {
        List<String> out = new ArrayList<>();
        out.add("<pre>");
        for (String line : lines) {
            out.add(escapeAll(line).stripTrailing());
        }
        out.add("</pre>");
        return out;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("{@", "{&#64;");
    }

    private static String escapeAll(String text) {
        return escapeHtml(text).replace("{", "&#123;").replace("}", "&#125;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\\", "&#92;");
    }

    private static String restore(String text, List<String> codes) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        int open;
        while ((open = text.indexOf(PLACEHOLDER, start)) >= 0) {
            int close = text.indexOf(PLACEHOLDER, open + 1);
            out.append(text, start, open).append(codes.get(Integer.parseInt(text.substring(open + 1, close))));
            start = close + 1;
        }
        return out.append(text.substring(start)).toString();
    }

    private static String neutralize(String text) {
        return text.replace("*/", "*&#47;").replace("\\u", "&#92;u");
    }

    private static String guardLineStart(String line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (line.startsWith("@", start)) {
            return line.substring(0, start) + "{@literal @}" + line.substring(start + 1);
        }
        return line;
    }
}
