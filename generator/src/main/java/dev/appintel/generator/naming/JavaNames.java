package dev.appintel.generator.naming;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides every Java name the generator writes. Each method is a pure function of its input;
 * uniqueness within a scope is {@link NameAllocator}'s job.
 *
 * <ul>
 *   <li>Type names are PascalCase; names that would hide a {@code java.lang} (or other commonly
 *       imported) type get {@code Model} appended: {@code String} → {@code StringModel}.</li>
 *   <li>Member and method names are camelCase; Java keywords, the literals {@code true},
 *       {@code false}, {@code null}, {@code _} and the names of {@link Object}'s methods get
 *       {@code _} appended: {@code class} → {@code class_}.</li>
 *   <li>Enum constants are the value's own words in upper case, joined by {@code _}; camel humps
 *       are not split ({@code BidMachine} → {@code BIDMACHINE}), so a constant reads like its
 *       value. A value that starts with a digit gets {@code V_}: {@code 9:16} → {@code V_9_16}.</li>
 *   <li>A type or member name that would start with a digit gets {@code _}: {@code 9lives} →
 *       {@code _9lives}.</li>
 *   <li>Text without any lower-case letter ({@code LATIN_AM}) is read as words in capitals:
 *       {@code LatinAm}, {@code latinAm}; otherwise each word keeps its case after its first
 *       letter ({@code HTTPServer} stays {@code HTTPServer}).</li>
 * </ul>
 */
public final class JavaNames {

    /** Type names that generated code must not declare, because it uses the types they name. */
    public static final Set<String> RESERVED_TYPE_NAMES = Set.of(
            "Boolean", "Byte", "Character", "Class", "Deprecated", "Double", "Enum", "Exception", "Float",
            "FunctionalInterface", "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override",
            "Record", "RuntimeException", "Short", "String", "StringBuilder", "SuppressWarnings", "System",
            "Thread", "Void", "Arrays", "Collections", "List", "Map", "Objects", "Optional", "Set",
            "LocalDate", "OffsetDateTime", "BigDecimal", "BigInteger");

    /** Identifiers a member may not be called: keywords, literals, {@code _} and Object's methods. */
    public static final Set<String> RESERVED_MEMBER_NAMES = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "yield", "true", "false", "null", "_",
            "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private static final String LEADING_VERB = "get";

    private JavaNames() {
    }

    /** A class, record, enum or interface name: {@code sales_report_estimates} → {@code SalesReportEstimates}. */
    public static String typeName(String text) {
        String name = pascalCase(text, "Unnamed");
        return RESERVED_TYPE_NAMES.contains(name) ? name + "Model" : name;
    }

    /** A field, record component or parameter name: {@code publisher_ids[]} → {@code publisherIds}. */
    public static String memberName(String text) {
        List<String> words = Words.split(text, true);
        if (words.isEmpty()) {
            return "unnamed";
        }
        boolean shouting = Words.isShouting(text);
        String name = words.get(0).toLowerCase(Locale.ROOT) + words.subList(1, words.size()).stream()
                .map(word -> capitalize(word, shouting)).collect(Collectors.joining());
        name = guardLeadingDigit(name);
        return RESERVED_MEMBER_NAMES.contains(name) ? name + "_" : name;
    }

    /** A method name for an operation: {@code getApps} → {@code getApps}. */
    public static String methodName(String operationId) {
        return memberName(operationId);
    }

    /** An enum constant for a value as written: {@code video-rewarded} → {@code VIDEO_REWARDED}. */
    public static String constantName(String value) {
        String name = Words.split(value, false).stream()
                .map(word -> word.toUpperCase(Locale.ROOT)).collect(Collectors.joining("_"));
        if (value.matches("\\s*-\\s*\\d.*")) {
            name = "MINUS_" + name;
        }
        if (name.isEmpty()) {
            return "EMPTY";
        }
        return Character.isDigit(name.codePointAt(0)) ? "V_" + name : name;
    }

    /** An enum constant for an integer value: {@code 10} → {@code V_10}. */
    public static String constantName(long value) {
        return constantName(Long.toString(value));
    }

    /**
     * The interface name for a tag: the part after the first colon, without parenthesized
     * remarks, plus {@code Api}: {@code "OVERVIEW: App Overview"} → {@code AppOverviewApi}.
     */
    public static String tagInterfaceName(String tag) {
        int colon = tag.indexOf(':');
        String title = (colon < 0 ? tag : tag.substring(colon + 1)).replaceAll("\\([^)]*\\)?", " ");
        if (title.isBlank()) {
            title = colon < 0 ? tag : tag.substring(0, colon);
        }
        return pascalCase(title, "Default") + "Api";
    }

    /**
     * The name of an operation without a leading {@code get}, as a type name prefix:
     * {@code getChurnAnalysis} → {@code ChurnAnalysis}. Used to name inline enums of parameters.
     */
    public static String operationTypePrefix(String operationJavaName) {
        boolean verbFirst = operationJavaName.startsWith(LEADING_VERB)
                && operationJavaName.length() > LEADING_VERB.length()
                && !Character.isLowerCase(operationJavaName.codePointAt(LEADING_VERB.length()));
        return pascalCase(verbFirst ? operationJavaName.substring(LEADING_VERB.length()) : operationJavaName,
                "Unnamed");
    }

    private static String pascalCase(String text, String whenEmpty) {
        boolean shouting = Words.isShouting(text);
        String name = Words.split(text, true).stream()
                .map(word -> capitalize(word, shouting)).collect(Collectors.joining());
        return name.isEmpty() ? whenEmpty : guardLeadingDigit(name);
    }

    private static String capitalize(String word, boolean shouting) {
        String rest = word.substring(word.offsetByCodePoints(0, 1));
        String first = word.substring(0, word.length() - rest.length()).toUpperCase(Locale.ROOT);
        return first + (shouting ? rest.toLowerCase(Locale.ROOT) : rest);
    }

    private static String guardLeadingDigit(String name) {
        return Character.isDigit(name.codePointAt(0)) ? "_" + name : name;
    }
}
