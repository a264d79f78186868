package dev.appintel.generator.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names within one scope (the types of a package, the members of a type, the
 * constants of an enum). The first request for a name gets it; later ones get a numbered variant,
 * {@code 2}, {@code 3}, ... in request order, so the same requests always give the same names.
 * The number is joined with {@code _} when the name ends with a digit ({@code female18_2}) and
 * always for constants ({@code V_9_16_2}).
 */
public final class NameAllocator {

    private final boolean constants;
    private final boolean ignoreCase;
    private final Set<String> taken = new HashSet<>();

    private NameAllocator(boolean constants, boolean ignoreCase) {
        this.constants = constants;
        this.ignoreCase = ignoreCase;
    }

    /**
     * For type names. Names that differ only in case collide, since they would be files that
     * differ only in case.
     */
    public static NameAllocator forTypes() {
        return new NameAllocator(false, true);
    }

    /** For member, parameter and method names. */
    public static NameAllocator forMembers() {
        return new NameAllocator(false, false);
    }

    /** For enum constants. */
    public static NameAllocator forConstants() {
        return new NameAllocator(true, false);
    }

    /** Returns {@code preferred} if it is free, or its first free numbered variant; either is then taken. */
    public String allocate(String preferred) {
        String name = preferred;
        String separator = constants || endsWithDigit(preferred) ? "_" : "";
        for (int number = 2; !taken.add(key(name)); number++) {
            name = preferred + separator + number;
        }
        return name;
    }

    /** Marks a name as taken without handing it out; later requests for it get a variant. */
    public void reserve(String name) {
        taken.add(key(name));
    }

    /** Whether the name (or, for types, a name differing only in case) is taken. */
    public boolean isTaken(String name) {
        return taken.contains(key(name));
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static boolean endsWithDigit(String name) {
        return !name.isEmpty() && Character.isDigit(name.charAt(name.length() - 1));
    }
}
