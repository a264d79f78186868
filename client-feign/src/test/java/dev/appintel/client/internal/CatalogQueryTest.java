package dev.appintel.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.PathTemplate;
import dev.appintel.runtime.Rules;
import dev.appintel.runtime.ScalarKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The query of a call, written from an operation spec written here (not the API's): each list in
 * the form its encoding gives it, every value encoded exactly once, absent values left out.
 */
class CatalogQueryTest {

    /** Stands for a generated interface. */
    interface Things {
    }

    private static final MethodBinding THINGS = new MethodBinding(new OperationSpec("getThings", "GET",
            PathTemplate.of("/v1/{os}/things"), "Things.", List.of(
                    Param.of("os", Param.Location.PATH, ScalarKind.STRING),
                    Param.of("ids", Param.Location.QUERY, ScalarKind.STRING).encodedAs(Param.Encoding.COMMA_JOINED),
                    Param.of("publishers", Param.Location.QUERY, ScalarKind.STRING).encodedAs(Param.Encoding.COMMA_JOINED)
                            .withExplodedAlias("publishers[]"),
                    Param.of("tags[]", Param.Location.QUERY, ScalarKind.STRING).encodedAs(Param.Encoding.REPEATED),
                    Param.of("price", Param.Location.QUERY, ScalarKind.NUMBER),
                    Param.of("name", Param.Location.QUERY, ScalarKind.STRING)),
            Rules.NONE, List.of()), Things.class, "getThings",
            List.of("os", "name", "ids", "publishers", "tags[]", "price"),
            List.of("os", "name", "ids", "publishers", "tags", "price"));

    @Test
    void aCommaJoinedListJoinsItsItemsWithRawCommasAndEncodesTheCommasInsideThem() {
        assertThat(query("com.a.b,c", "com.d.e")).isEqualTo(Map.of("ids", List.of("com.a.b%2Cc,com.d.e")));
    }

    @Test
    void everyValueIsEncodedOnce() {
        Map<String, List<String>> query = CatalogQuery.write(THINGS, args("a b&c=%41{x}", null, null, null, null));

        assertThat(query).containsExactly(Map.entry("name", List.of("a%20b%26c%3D%2541%7Bx%7D")));
    }

    @Test
    void aListWithAnExplodedAliasSendsItemsWithACommaUnderTheAliasOneByOne() {
        assertThat(CatalogQuery.write(THINGS, args(null, null, List.of("Meta, Inc.", "Other"), null, null)))
                .containsExactly(Map.entry("publishers%5B%5D", List.of("Meta%2C%20Inc.", "Other")));
        assertThat(CatalogQuery.write(THINGS, args(null, null, List.of("Meta", "Other"), null, null)))
                .containsExactly(Map.entry("publishers", List.of("Meta,Other")));
    }

    @Test
    void aRepeatedListIsOneEncodedKeyPerItem() {
        assertThat(CatalogQuery.write(THINGS, args(null, null, null, List.of("x,y", "z"), null)))
                .containsExactly(Map.entry("tags%5B%5D", List.of("x%2Cy", "z")));
    }

    @Test
    void absentValuesAndEmptyListsAreLeftOutAndTheRestKeepsArgumentOrder() {
        Map<String, List<String>> query = CatalogQuery.write(THINGS, args("n", List.of(), null, List.of(), 1.5e10));

        assertThat(query.keySet()).containsExactly("name", "price");
        assertThat(query.get("price")).containsExactly("15000000000");
    }

    @Test
    void feignGetsThePathArgumentsOnly() {
        Object[] args = args("n", List.of("1"), null, null, 2.0);

        assertThat(CatalogQuery.pathOnly(THINGS, args)).containsExactly("ios", null, null, null, null, null);
        assertThat(args[1]).isEqualTo("n");
    }

    private static Map<String, List<String>> query(String... ids) {
        return CatalogQuery.write(THINGS, args(null, List.of(ids), null, null, null));
    }

    private static Object[] args(String name, List<String> ids, List<String> publishers, List<String> tags, Double price) {
        return Arrays.asList("ios", name, ids, publishers, tags, price).toArray();
    }
}
