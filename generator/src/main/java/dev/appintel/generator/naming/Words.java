package dev.appintel.generator.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters and digits, separated by anything else and, when asked,
 * at camel-case humps ({@code graphData} → {@code graph}, {@code Data}; {@code HTTPServer} →
 * {@code HTTP}, {@code Server}). A digit followed by a letter never starts a new word, so
 * {@code 9lives} and {@code 970x250} stay whole.
 */
final class Words {

    private Words() {
    }

    static List<String> split(String text, boolean atHumps) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (atHumps && startsHump(codePoints, i)) {
                flush(word, words);
            }
            word.appendCodePoint(c);
        }
        flush(word, words);
        return words;
    }

    /** Whether the text contains no lower-case letter, like {@code LATIN_AM} or {@code OVERVIEW}. */
    static boolean isShouting(String text) {
        return text.codePoints().noneMatch(Character::isLowerCase);
    }

    private static boolean startsHump(int[] codePoints, int i) {
        if (i == 0 || !Character.isUpperCase(codePoints[i])) {
            return false;
        }
        int previous = codePoints[i - 1];
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        boolean nextIsLower = i + 1 < codePoints.length && Character.isLowerCase(codePoints[i + 1]);
        return Character.isUpperCase(previous) && nextIsLower;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
