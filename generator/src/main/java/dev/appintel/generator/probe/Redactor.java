package dev.appintel.generator.probe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the token in any text: as written, percent-encoded (as it travels in a query) and as
 * {@code +}-encoded form text. Every text of a report passes through it, so a service that echoes
 * the request, or an exception that quotes a URL, cannot leak the token.
 *
 * <p>A token of {@value #SHORT} characters or fewer is masked only where it stands whole (not
 * inside a longer word), so that the token {@code t} leaves {@code http} alone; a longer one is
 * masked wherever it appears.
 */
public final class Redactor {

    /** What the token is replaced with. */
    public static final String MASK = "***";

    /** The length up to which a token is masked only where it stands whole. */
    static final int SHORT = 7;

    private static final Pattern HEX_ESCAPE = Pattern.compile("%[0-9A-F]{2}");

    private final List<Pattern> forms;

    /** A redactor of {@code token}; a blank token hides nothing. */
    public Redactor(String token) {
        List<String> variants = new ArrayList<>();
        if (token != null && !token.isBlank()) {
            variants.add(token);
            String encoded = ProbeRequest.encode(token);
            variants.add(encoded);
            variants.add(HEX_ESCAPE.matcher(encoded)
                    .replaceAll(match -> Matcher.quoteReplacement(match.group().toLowerCase(Locale.ROOT))));
            variants.add(URLEncoder.encode(token, StandardCharsets.UTF_8));
        }
        // Longest first, so that an encoded form is not left half replaced by a shorter one.
        variants.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.forms = variants.stream().distinct().map(Redactor::pattern).toList();
    }

    /** {@code text} with every form of the token replaced by {@link #MASK}; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern form : forms) {
            result = form.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return result;
    }

    private static Pattern pattern(String form) {
        String quoted = Pattern.quote(form);
        return Pattern.compile(form.length() > SHORT ? quoted : "(?<![\\p{Alnum}_])" + quoted + "(?![\\p{Alnum}_])");
    }
}
