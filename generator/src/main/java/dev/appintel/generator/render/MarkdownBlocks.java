package dev.appintel.generator.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits Markdown into the few block kinds the spec's descriptions use: paragraphs, headings,
 * lists, tables and fenced code. Blank lines separate blocks; a list, table, heading or fence also
 * ends a paragraph without one.
 */
final class MarkdownBlocks {

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+.*$");

    /** What a block is. */
    enum Kind {
        PARAGRAPH, HEADING, LIST, TABLE, CODE
    }

    /** One block: its kind and its lines (for a heading, the text without the hashes). */
    record Block(Kind kind, List<String> lines) {
        Block {
            lines = List.copyOf(lines);
        }
    }

    private MarkdownBlocks() {
    }

    /** The blocks of a Markdown text, in order; none for a blank text. */
    static List<Block> parse(String markdown) {
        List<String> lines = markdown.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(String::stripTrailing).toList();
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.strip().startsWith("```")) {
                i = fence(lines, i, blocks);
            } else if (line.strip().startsWith("#")) {
                blocks.add(new Block(Kind.HEADING, List.of(line.strip().replaceFirst("^#+\\s*", ""))));
                i++;
            } else {
                Kind kind = kindOf(line);
                int end = i + 1;
                while (end < lines.size() && continues(kind, lines.get(end))) {
                    end++;
                }
                blocks.add(new Block(kind, lines.subList(i, end)));
                i = end;
            }
        }
        return blocks;
    }

    private static int fence(List<String> lines, int start, List<Block> blocks) {
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
            end++;
        }
        blocks.add(new Block(Kind.CODE, lines.subList(start + 1, end)));
        return Math.min(end + 1, lines.size());
    }

    private static Kind kindOf(String line) {
        if (isTableRow(line)) {
            return Kind.TABLE;
        }
        return LIST_ITEM.matcher(line).matches() ? Kind.LIST : Kind.PARAGRAPH;
    }

    private static boolean continues(Kind kind, String line) {
        if (line.isBlank()) {
            return false;
        }
        return switch (kind) {
            case TABLE -> isTableRow(line);
            case LIST -> !isTableRow(line) && !startsBlock(line);
            case PARAGRAPH -> !isTableRow(line) && !startsBlock(line) && !LIST_ITEM.matcher(line).matches();
            case HEADING, CODE -> false;
        };
    }

    private static boolean startsBlock(String line) {
        String stripped = line.strip();
        return stripped.startsWith("#") || stripped.startsWith("```");
    }

    private static boolean isTableRow(String line) {
        return line.strip().startsWith("|");
    }
}
