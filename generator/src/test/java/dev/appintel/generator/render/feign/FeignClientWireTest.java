package dev.appintel.generator.render.feign;

import static dev.appintel.generator.render.feign.GeneratedClient.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.render.TargetOptions;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client with plain Feign against a real HTTP server: the exact bytes of each
 * request line. Values are percent-encoded completely (all but {@code A-Z a-z 0-9 - . _ ~}), once,
 * and absent values are left out. Plain Feign sends every list value under its own key; joining a
 * comma-separated list is the work of a runtime reading the catalog (the appintel client, whose
 * tests cover it).
 */
class FeignClientWireTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

    private static URLClassLoader loader;
    private static GeneratedClient generated;
    private static RecordingServer server;

    @BeforeAll
    static void compileAndServe() {
        GeneratedSources.Compilation compilation = GeneratedSources.compile("wire", new FeignClientTarget()
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
    void sendsPlainValuesAPathEnumAndABoolean() {
        call(client("AppOverviewApi"), "getApps", os("IOS"), List.of("284882215"), "US", true);

        assertThat(server.last()).isEqualTo(new RecordingServer.Request("GET", "/v1/ios/apps",
                "app_ids=284882215&country=US&include_sdk_data=true", "application/json"));
    }

    @Test
    void encodesSingleValuesTheSameWay() {
        call(client("AppOverviewApi"), "getApps", os("IOS"), List.of("1"), "a b&c=d+e%f/g?é", null);

        assertThat(server.last().rawQuery()).isEqualTo("app_ids=1&country=a%20b%26c%3Dd%2Be%25f%2Fg%3F%C3%A9");
    }

    @Test
    void leavesOutAbsentOptionalValues() {
        call(client("AppOverviewApi"), "getApps", os("IOS"), List.of("1"), null, null);

        assertThat(server.last().rawQuery()).isEqualTo("app_ids=1");
    }

    @Test
    void sendsDatesAsIsoAndEnumsAsTheirWireValue() {
        call(client("DownloadsRevenueApi", "[]"), "getSalesReportEstimates", generated.constant("OsIosAndroidUnified", "UNIFIED"),
                List.of("55c530a702ac64f9c0002dff"), null, List.of("US", "WW"),
                generated.constant("SalesDateGranularity", "DAILY"), JAN_1, JAN_31);

        assertThat(server.last().rawPath()).isEqualTo("/v1/unified/sales_report_estimates");
        assertThat(server.last().rawQuery()).isEqualTo(
                "app_ids=55c530a702ac64f9c0002dff&countries=US&countries=WW&date_granularity=daily&start_date=2024-01-01"
                        + "&end_date=2024-01-31");
    }

    @Test
    void sendsEveryListValueUnderItsOwnEncodedKey() {
        call(client("DownloadsRevenueApi"), "getCompactSalesReportEstimates", os("ANDROID"), JAN_1, JAN_31,
                List.of("a", "b"), List.of("Innersloth, LLC", "Bar&Co", "é"));

        assertThat(server.last().rawQuery()).isEqualTo("start_date=2024-01-01&end_date=2024-01-31&app_ids=a&app_ids=b"
                + "&publisher_ids%5B%5D=Innersloth%2C%20LLC&publisher_ids%5B%5D=Bar%26Co&publisher_ids%5B%5D=%C3%A9");
    }

    @Test
    void sendsEnumListsWithOddWireValuesAndAnIntegerEnumFromARequestRecord() {
        Object request = generated.builder("GetCreativesRequest")
                .value("os", generated.constant("OsIosAndroidUnified", "UNIFIED"))
                .varargs("appIds", "a", "b")
                .value("startDate", JAN_1)
                .varargs("adTypes", generated.constant("AdType", "VIDEO_REWARDED"), generated.constant("AdType", "IMAGE"))
                .list("aspectRatios", List.of(generated.constant("AspectRatio", "V_9_16"),
                        generated.constant("AspectRatio", "V_1_91_1")))
                .value("limit", generated.constant("CreativesLimit", "V_50"))
                .value("page", 2)
                .value("displayBreakdown", false)
                .build();

        call(client("CreativeGalleryApi"), "getCreatives", request);

        assertThat(server.last().rawPath()).isEqualTo("/v1/unified/ad_intel/creatives");
        assertThat(server.last().rawQuery()).isEqualTo("app_ids=a&app_ids=b&start_date=2024-01-01"
                + "&ad_types=video-rewarded&ad_types=image&aspect_ratios=9%3A16&aspect_ratios=1.91%3A1&limit=50&page=2&display_breakdown=false");
    }

    @Test
    void aVoidOperationSendsItsRepeatedCountries() {
        server.respond("");

        Object result = call(client("AppOverlapApi"), "getAppOverlap", "55c530a702ac64f9c0002dff",
                List.of(generated.constant("OverlapCountry", "US")), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));

        assertThat(result).isNull();
        assertThat(server.last().rawQuery()).isEqualTo(
                "app_id=55c530a702ac64f9c0002dff&countries%5B%5D=US&start_date=2024-01-01&end_date=2024-03-31");
    }

    @Test
    void anUnknownEnumValueCannotBeSent() {
        assertThatThrownBy(() -> call(client("CreativeGalleryApi"), "getCreatives",
                generated.constant("OsIosAndroidUnified", "IOS"), List.of("a"), JAN_1, null,
                List.of(generated.enumValue("AdType", "hologram")), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AdType value hologram is not one this client knows");
    }

    @Test
    void aRequestBuilderNamesTheMissingWireParameter() {
        GeneratedClient.Builder builder = generated.builder("GetCreativesRequest")
                .value("os", generated.constant("OsIosAndroidUnified", "IOS"));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("the required parameter app_ids is missing");
        assertThatThrownBy(() -> builder.list("appIds", List.of()).build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("the required parameter app_ids is an empty list");
    }

    private Object client(String api) {
        return client(api, "{}");
    }

    private Object client(String api, String response) {
        server.respond(response);
        return generated.client(api, server.url());
    }

    private Object os(String constant) {
        return generated.constant("OsIosAndroid", constant);
    }
}
