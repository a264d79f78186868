package dev.appintel.generator.diff;

import java.util.Comparator;
import java.util.Objects;

/**
 * One change to the Java API of the client the {@code feign-client} target generates.
 *
 * @param kind    what changed
 * @param element the type or member, by its Java name, e.g. {@code App}, {@code App.appId} or
 *                {@code AppsApi.getSales(GetSalesRequest)}
 * @param detail  the type's kind or the member's signature; for a changed one, before → after
 */
public record ApiChange(ApiChangeKind kind, String element, String detail) {

    /** The report's order: by element, then kind, then detail, so that it never depends on the specs' order. */
    public static final Comparator<ApiChange> ORDER = Comparator.comparing(ApiChange::element)
            .thenComparing(ApiChange::kind)
            .thenComparing(ApiChange::detail);

    public ApiChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(detail, "detail");
    }
}
