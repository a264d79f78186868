package dev.appintel.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a raw query as a server does, and writing one as a client does. */
class QueryStringTest {

    @Test
    void aQueryIsSplitAndDecodedKeepingOrderAndRepeatedNames() throws Exception {
        QueryString query = QueryString.parse("a=1&b=x+y%2B%C3%A9&a=2&flag&=lost&&c=1=2", 100);

        assertThat(query.values()).containsExactly(Map.entry("a", List.of("1", "2")),
                Map.entry("b", List.of("x y+\u00e9")), Map.entry("flag", List.of("")), Map.entry("c", List.of("1=2")));
        assertThat(query.values("missing")).isEmpty();
    }

    @Test
    void aListSplitsOnlyAtTheCommasSentRaw() throws Exception {
        QueryString query = QueryString.parse("app_ids=com.a.b%2Cc,com.d.e&x=%2C", 100);

        assertThat(query.items("app_ids")).containsExactly("com.a.b,c", "com.d.e");
        assertThat(query.values("app_ids")).containsExactly("com.a.b,c,com.d.e");
        assertThat(query.items("x")).containsExactly(",");
    }

    @Test
    void emptyItemsAreKeptForTheCheckerToRefuseAndAnEmptyValueHasNone() throws Exception {
        QueryString query = QueryString.parse("a=x,,y&b=,&c=", 100);

        assertThat(query.items("a")).containsExactly("x", "", "y");
        assertThat(query.items("b")).containsExactly("", "");
        assertThat(query.items("c")).isEmpty();
        assertThat(query.items("d")).isEmpty();
    }

    @Test
    void rawUtf8BytesAreAcceptedAndOtherBytesRefusedNamingTheParameter() throws Exception {
        assertThat(QueryString.parse("country=\u00c3\u00a9", 100).values("country")).containsExactly("\u00e9");
        assertThatThrownBy(() -> QueryString.parse("country=%C0%AF", 100))
                .isInstanceOf(QueryString.MalformedQueryException.class)
                .hasMessage("Invalid query parameter country: '%C0%AF' is not UTF-8 once percent-decoded");
        assertThatThrownBy(() -> QueryString.parse("c%zz=1", 100))
                .hasMessageStartingWith("Invalid query parameter name c%zz: '%zz' is not a percent-encoded byte");
    }

    @Test
    void tooManyParametersAreRefused() {
        assertThatThrownBy(() -> QueryString.parse("a=1&a=2&a=3", 2))
                .isInstanceOf(QueryString.MalformedQueryException.class)
                .hasMessage("Invalid query: more than 2 parameters");
    }

    @Test
    void aClientsListKeepsCommasInsideItsItemsAndTheServerReadsTheSameItems() throws Exception {
        List<String> ids = List.of("com.a.b,c", "com.d.e", "caf\u00e9 & co", "1+1=2");
        String wire = "app_ids=" + QueryString.joinItems(ids);

        assertThat(wire).isEqualTo("app_ids=com.a.b%2Cc,com.d.e,caf%C3%A9%20%26%20co,1%2B1%3D2");
        assertThat(QueryString.parse(wire, 100).items("app_ids")).isEqualTo(ids);
    }

    @Test
    void aQueryOfDecodedValuesWritesWhatParseReadsBack() throws Exception {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("app_ids", List.of("a,b"));
        values.put("q", List.of("x y", "z&w"));
        QueryString query = QueryString.of(values);

        assertThat(query.toString()).isEqualTo("app_ids=a%2Cb&q=x%20y&q=z%26w");
        assertThat(QueryString.parse(query.toString(), 100).values()).isEqualTo(values);
        assertThat(query.items("app_ids")).containsExactly("a,b");
    }
}
