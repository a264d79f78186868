package dev.appintel.generator.render;

import java.nio.charset.StandardCharsets;

/** Java string literals for text taken from the spec, shared by every target that writes Java. */
public final class JavaStringLiterals {

    /** The most UTF-8 bytes a Java string constant may have. */
    public static final int MAX_CONSTANT_BYTES = 65_535;

    private JavaStringLiterals() {
    }

    /**
     * A string literal: quotes, backslashes and control characters are escaped, so that neither
     * the literal nor a unicode escape in it can break the source.
     *
     * @throws RenderException when the text is too long for a Java string constant
     */
    public static String of(String value) {
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_CONSTANT_BYTES) {
            throw new RenderException("a value of " + value.length() + " characters is too long for a Java string "
                    + "constant: " + value.substring(0, 60) + "...");
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
