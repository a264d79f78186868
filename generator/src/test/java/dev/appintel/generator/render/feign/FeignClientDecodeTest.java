package dev.appintel.generator.render.feign;

import static dev.appintel.generator.render.feign.GeneratedClient.call;
import static dev.appintel.generator.render.feign.GeneratedClient.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.generator.render.TargetOptions;
import feign.FeignException;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client decodes the API's JSON: unknown properties and unknown enum values are
 * kept as they came, ids keep being numbers or strings, unions pick their
 * alternative and extra entries land in their map.
 */
class FeignClientDecodeTest {

    private static URLClassLoader loader;
    private static GeneratedClient generated;
    private static RecordingServer server;

    @BeforeAll
    static void compileAndServe() {
        GeneratedSources.Compilation compilation = GeneratedSources.compile("decode", new FeignClientTarget()
                .render(SampleModels.appIntelligence(), new TargetOptions(SampleModels.BASE_PACKAGE, Optional.empty())));
        assertThat(compilation.diagnostics()).isEmpty();
        loader = compilation.classLoader();
        generated = new GeneratedClient(loader);
        server = RecordingServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        loader.close();
    }

    @Test
    void decodesRecordsIgnoringUnknownPropertiesAndToleratingUnknownEnumValues() {
        Object response = getApps("""
                {"apps": [
                  {"app_id": 284882215, "name": "Facebook", "aspect_ratio": "21:9", "brand_new_field": {"x": 1},
                   "release_date": "2008-07-11T00:00:00Z", "last_update": "2026-02-04", "rating": 4.51979,
                   "price": 0, "valid_countries": ["US", "AU"], "in_app_purchases": true, "extra": {"k": [1, 2]}},
                  {"app_id": "com.facebook.katana", "name": "Facebook", "aspect_ratio": "9:16",
                   "publisher_name": null, "valid_countries": null}
                ]}""");

        List<?> apps = (List<?>) get(response, "apps");
        Object ios = apps.get(0);
        Object android = apps.get(1);
        assertThat(get(ios, "aspectRatio")).isEqualTo(generated.enumValue("AspectRatio", "21:9"));
        assertThat(get(get(ios, "aspectRatio"), "isKnown")).isEqualTo(false);
        assertThat(get(ios, "releaseDate")).isEqualTo(OffsetDateTime.parse("2008-07-11T00:00:00Z"));
        assertThat(get(ios, "lastUpdate")).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(get(ios, "rating")).isEqualTo(4.51979);
        assertThat(get(ios, "price")).isEqualTo(0L);
        assertThat(get(ios, "validCountries")).isEqualTo(List.of("US", "AU"));
        assertThat(get(ios, "inAppPurchases")).isEqualTo(true);
        assertThat(((JsonNode) get(ios, "extra")).get("k").get(1).asInt()).isEqualTo(2);
        assertThat(get(android, "aspectRatio")).isSameAs(generated.constant("AspectRatio", "V_9_16"));
        assertThat(get(android, "publisherName")).isNull();
        assertThat(get(android, "validCountries")).isNull();
    }

    @Test
    void keepsUnknownPropertiesAsJsonAndAPlainMapperWritesThemBack() throws Exception {
        Object response = getApps("""
                {"apps": [{"app_id": 1, "name": "a", "brand_new_field": {"x": [1, 2.5]}, "gone": null}],
                 "next_cursor": "abc"}""");

        Object app = ((List<?>) get(response, "apps")).get(0);
        Map<?, ?> unknown = (Map<?, ?>) get(app, "unknownProperties");
        assertThat(List.copyOf(unknown.keySet())).isEqualTo(List.of("brand_new_field", "gone"));
        JsonNode written = new ObjectMapper().valueToTree(response);
        assertThat(written.get("next_cursor").textValue()).isEqualTo("abc");
        assertThat(written.get("apps").get(0).get("brand_new_field"))
                .isEqualTo(new ObjectMapper().readTree("{\"x\": [1, 2.5]}"));
        assertThat(written.get("apps").get(0).get("gone").isNull()).isTrue();
        assertThat(written.get("apps").get(0).has("unknownProperties")).isFalse();
    }

    @Test
    void aRecordCanStillBeBuiltWithoutUnknownProperties() throws Exception {
        Class<?> response = generated.type("model.AppsResponse");
        Object built = response.getConstructor(List.class).newInstance(List.of());

        assertThat((Map<?, ?>) get(built, "unknownProperties")).isEmpty();
    }

    @Test
    void keepsIdsAsNumbersOrStringsAndWritesThemBackTheSameWay() throws Exception {
        Object response = getApps("""
                {"apps": [{"app_id": 284882215, "name": "a"}, {"app_id": "com.facebook.katana", "name": "b"},
                          {"app_id": null, "name": "c"}]}""");

        List<?> apps = (List<?>) get(response, "apps");
        Object numeric = get(apps.get(0), "appId");
        Object text = get(apps.get(1), "appId");
        assertThat(numeric.toString()).isEqualTo("284882215");
        assertThat(get(numeric, "isNumeric")).isEqualTo(true);
        assertThat(text.toString()).isEqualTo("com.facebook.katana");
        assertThat(get(text, "isNumeric")).isEqualTo(false);
        assertThat(get(apps.get(2), "appId")).isNull();
        ObjectMapper mapper = generated.mapper();
        assertThat(mapper.writeValueAsString(numeric)).isEqualTo("284882215");
        assertThat(mapper.writeValueAsString(text)).isEqualTo("\"com.facebook.katana\"");
        Class<?> appId = generated.type("model.AppId");
        assertThat(appId.getMethod("of", long.class).invoke(null, 284882215L)).isEqualTo(numeric);
        assertThat(appId.getMethod("of", String.class).invoke(null, "284882215")).isNotEqualTo(numeric);
    }

    @Test
    void picksTheAlternativeOfAUnionByThePropertiesPresent() {
        List<?> rows = (List<?>) call(client("DownloadsRevenueApi", """
                [{"aid": 284882215, "cc": "US", "d": "2024-01-01T00:00:00Z", "iu": 5, "ir": null},
                 {"aid": "com.facebook.katana", "c": "US", "d": "2024-01-01T00:00:00Z", "u": 7},
                 {"app_id": "55c530a702ac64f9c0002dff", "country": "US", "date": "2024-01-01T00:00:00Z"},
                 {"aid": 1, "cc": "US", "c": "US", "d": "2024-01-01T00:00:00Z"},
                 {"aid": 1, "c": "US", "d": "2024-01-01T00:00:00Z", "cc": "US", "u": 1}]"""),
                "getSalesReportEstimates", generated.constant("OsIosAndroidUnified", "IOS"), List.of("1"), null, null,
                generated.constant("SalesDateGranularity", "DAILY"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2));

        assertThat(rows).extracting(row -> row.getClass().getSimpleName()).containsExactly("IosSalesEstimate",
                "AndroidSalesEstimate", "UnifiedSalesEstimate", "IosSalesEstimate", "IosSalesEstimate");
        assertThat(get(rows.get(0), "iu")).isEqualTo(5L);
        assertThat(get(rows.get(1), "u")).isEqualTo(7L);
    }

    @Test
    void theUnionRulePrefersAlternativesThatKnowEveryPropertyThenTheMostRequiredOnesThenTheFirst() throws Exception {
        Object small = alternative(String.class, Set.of("a"), Set.of("a", "b"), false);
        Object large = alternative(Integer.class, Set.of("a", "c"), Set.of("a", "c"), false);
        Object open = alternative(Long.class, Set.of("a"), Set.of("a"), true);
        List<Object> alternatives = List.of(small, large, open);

        assertThat(choose("{\"a\": 1, \"b\": 2}", alternatives)).contains(String.class);
        assertThat(choose("{\"a\": 1, \"c\": 2}", alternatives)).contains(Integer.class);
        assertThat(choose("{\"a\": 1, \"z\": 2}", alternatives)).contains(Long.class);
        assertThat(choose("{\"a\": 1, \"c\": 2, \"z\": 3}", List.of(small, large))).contains(Integer.class);
        assertThat(choose("{\"a\": 1}", List.of(small, open))).contains(String.class);
        assertThat(choose("{\"b\": 1}", alternatives)).isEmpty();
    }

    @Test
    void anObjectNoAlternativeAcceptsIsAnError() {
        Object client = client("DownloadsRevenueApi", "[{\"aid\": 1, \"d\": \"2024-01-01T00:00:00Z\"}]");

        assertThatThrownBy(() -> call(client, "getSalesReportEstimates", generated.constant("OsIosAndroidUnified", "IOS"),
                List.of("1"), null, null, generated.constant("SalesDateGranularity", "DAILY"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 2)))
                .isInstanceOf(FeignException.class)
                .hasMessageContaining("no alternative of SalesEstimate fits the properties [aid, d]");
    }

    @Test
    void anAlternativeReadOnItsOwnIgnoresTheUnionsDeserializer() throws Exception {
        Object row = generated.mapper().readValue("{\"aid\": 1, \"c\": \"US\", \"d\": \"2024-01-01T00:00:00Z\"}",
                generated.type("model.AndroidSalesEstimate"));

        assertThat(get(row, "c")).isEqualTo("US");
    }

    @Test
    void collectsAdditionalPropertiesInTheirMap() throws Exception {
        Object history = call(client("CategoryRankingsApi", """
                {"lines": 1, "123": {"US": {"name": "Candy", "graphData": [[1700000000, 5]]}},
                 "com.king.candy": {"GB": {"name": "Crush", "graphData": []}}}"""),
                "getCategoryHistory", generated.constant("OsIosAndroid", "IOS"), List.of("123"), "6014", List.of("topfree"));

        assertThat(get(history, "lines")).isEqualTo(1);
        Map<?, ?> extra = (Map<?, ?>) get(history, "additionalProperties");
        assertThat(List.copyOf(extra.keySet())).isEqualTo(List.of("123", "com.king.candy"));
        Object series = ((Map<?, ?>) extra.get("123")).get("US");
        assertThat(get(series, "name")).isEqualTo("Candy");
        assertThat(generated.mapper().writeValueAsString(history)).isEqualTo(
                "{\"lines\":1,\"123\":{\"US\":{\"name\":\"Candy\",\"graphData\":[[1700000000,5]]}},"
                        + "\"com.king.candy\":{\"GB\":{\"name\":\"Crush\",\"graphData\":[]}}}");
    }

    @Test
    void anObjectWithoutExtraEntriesHasAnEmptyMap() throws Exception {
        Object history = generated.mapper().readValue("{\"lines\": 0}", generated.type("model.CategoryHistory"));

        assertThat((Map<?, ?>) get(history, "additionalProperties")).isEmpty();
    }

    @Test
    void integerEnumsAreJsonNumbersAndUnknownValuesAreKeptAsNumbers() throws Exception {
        ObjectMapper mapper = generated.mapper();
        Class<?> limit = generated.type("model.CreativesLimit");

        assertThat(mapper.writeValueAsString(generated.constant("CreativesLimit", "V_50"))).isEqualTo("50");
        assertThat(mapper.readValue("100", limit)).isSameAs(generated.constant("CreativesLimit", "V_100"));
        Object seven = mapper.readValue("7", limit);
        assertThat(get(seven, "isKnown")).isEqualTo(false);
        assertThat(new ObjectMapper().writeValueAsString(seven)).isEqualTo("7");
        assertThat(generated.constant("CreativesLimit", "V_10").toString()).isEqualTo("10");
    }

    @Test
    void anUnknownEnumValueKeepsItsTextAndAPlainMapperWritesItBack() throws Exception {
        Object page = call(client("CreativeGalleryApi", """
                {"count": 2, "ad_units": [{"id": "1", "ad_type": "video-rewarded", "cohort_type": "unknown"},
                                          {"id": "2", "ad_type": "hologram", "cohort_type": "brand-new"}]}"""),
                "getCreatives", generated.constant("OsIosAndroidUnified", "IOS"), List.of("a"), LocalDate.of(2024, 1, 1),
                null, List.of(generated.constant("AdType", "IMAGE")), null, null, null, null);

        List<?> units = (List<?>) get(page, "adUnits");
        assertThat(get(units.get(0), "adType")).isSameAs(generated.constant("AdType", "VIDEO_REWARDED"));
        assertThat(get(units.get(0), "cohortType")).isSameAs(generated.constant("CohortType", "UNKNOWN"));
        assertThat(get(units.get(1), "adType")).hasToString("hologram");
        assertThat(get(get(units.get(1), "adType"), "isKnown")).isEqualTo(false);
        assertThat(get(units.get(1), "adType")).isEqualTo(generated.enumValue("AdType", "hologram"));
        JsonNode written = new ObjectMapper().valueToTree(units.get(1));
        assertThat(written.get("ad_type").textValue()).isEqualTo("hologram");
        assertThat(written.get("cohort_type").textValue()).isEqualTo("brand-new");
    }

    private Object alternative(Class<?> type, Set<String> required, Set<String> known, boolean open) throws Exception {
        return generated.type("support.ObjectUnions$Alternative")
                .getConstructor(Class.class, Set.class, Set.class, boolean.class)
                .newInstance(type, required, known, open);
    }

    private Optional<Object> choose(String json, List<Object> alternatives) throws Exception {
        JsonNode node = generated.mapper().readTree(json);
        Optional<?> chosen = (Optional<?>) generated.type("support.ObjectUnions").getMethod("choose", JsonNode.class, List.class)
                .invoke(null, node, alternatives);
        return chosen.map(Object.class::cast);
    }

    private Object getApps(String json) {
        return call(client("AppOverviewApi", json), "getApps", generated.constant("OsIosAndroid", "IOS"), List.of("1"),
                null, null);
    }

    private Object client(String api, String response) {
        server.respond(response);
        return generated.client(api, server.url());
    }
}
