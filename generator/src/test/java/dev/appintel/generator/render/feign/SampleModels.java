package dev.appintel.generator.render.feign;

import static dev.appintel.generator.render.feign.SampleParameters.allowed;
import static dev.appintel.generator.render.feign.SampleParameters.items;
import static dev.appintel.generator.render.feign.SampleParameters.minimum;
import static dev.appintel.generator.render.feign.SampleParameters.path;
import static dev.appintel.generator.render.feign.SampleParameters.pattern;
import static dev.appintel.generator.render.feign.SampleParameters.query;

import dev.appintel.generator.model.ApiKey;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.Constraints;
import dev.appintel.generator.model.EnumConstant;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Parameter.DateAlignment;
import dev.appintel.generator.model.ParameterLocation;
import dev.appintel.generator.model.Property;
import dev.appintel.generator.model.Response;
import dev.appintel.generator.model.SourceLocation;
import dev.appintel.generator.model.TagGroup;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-made model shaped like the App Intelligence API's, standing in for the model builder
 * while it is written. It has every shape the Feign target handles: path enums, comma-joined and
 * repeated lists, dates, optional booleans, integer enums, enums with odd wire values, nullable
 * properties, a scalar union, extra entries, a union of three objects and Markdown descriptions.
 */
final class SampleModels {

    /** The base package of the sample's generated client. */
    static final String BASE_PACKAGE = "dev.appintel.sample";

    private static final TypeRef STRING = scalar(ScalarKind.STRING);
    private static final TypeRef INT32 = scalar(ScalarKind.INT32);
    private static final TypeRef INT64 = scalar(ScalarKind.INT64);
    private static final TypeRef NUMBER = scalar(ScalarKind.NUMBER);
    private static final TypeRef BOOLEAN = scalar(ScalarKind.BOOLEAN);
    private static final TypeRef DATE = scalar(ScalarKind.DATE);
    private static final TypeRef DATE_TIME = scalar(ScalarKind.DATE_TIME);

    private SampleModels() {
    }

    /** The sample API. */
    static ApiModel appIntelligence() {
        return new ApiModel("App Intelligence API", "1.0", "app-intelligence.yaml",
                "3f1c0aa1d2b4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e", "https://api.example.com",
                new ApiKey("auth_token", ParameterLocation.QUERY),
                List.of(overview(), downloadsAndRevenue(), creativeGallery(), categoryRankings(), appOverlap()),
                types());
    }

    // ---- tags and operations ------------------------------------------------------------------

    private static TagGroup overview() {
        Operation getApps = operation("getApps", "/v1/{os}/apps", "OVERVIEW: App Overview", "Fetches app metadata.",
                """
                Retrieve app metadata, such as app name, publisher, categories, description, screenshots,
                rating, etc.

                Limit: `100` app_ids per call.""",
                List.of(path("os", "os").type(named("OsIosAndroid")).description("Operating system.").build(),
                        query("app_ids", "appIds").required().commaJoined(STRING).constraints(items(1, 100))
                                .description("App IDs of apps, separated by commas (limited to 100).").build(),
                        query("country", "country").constraints(pattern("^[A-Z]{2}$")).defaultValue("US")
                                .description("Country code (defaults to `US`).").build(),
                        query("include_sdk_data", "includeSdkData").type(BOOLEAN).defaultValue("false")
                                .description("Include SDK Insights data (requires subscription).").build()),
                Optional.of(named("AppsResponse")),
                new OperationRules(Optional.of(new OperationRules.Batching("app_ids", 100, List.of("/apps"))),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        Operation getTopInAppPurchases = operation("getTopInAppPurchases", "/v1/ios/apps/top_in_app_purchases",
                "OVERVIEW: App Overview", "Fetches the top in-app purchases for particular apps.", "",
                List.of(query("app_ids", "appIds").required().commaJoined(STRING).build(),
                        query("country", "country").defaultValue("US").build()),
                Optional.of(new TypeRef.Any()), OperationRules.NONE);
        return new TagGroup("OVERVIEW: App Overview", "AppOverviewApi", "App metadata and top in-app purchases.",
                List.of(getApps, getTopInAppPurchases));
    }

    private static TagGroup downloadsAndRevenue() {
        String tag = "PERFORMANCE: Downloads & Revenue";
        Operation estimates = operation("getSalesReportEstimates", "/v1/{os}/sales_report_estimates", tag,
                "Fetches download and revenue estimates of apps and publishers.",
                """
                Retrieve download and revenue estimates of apps by country and date.

                **At least one app ID or one publisher ID is required.** Some Android publisher IDs contain
                commas; to query by those, use the array form
                (`?publisher_ids[]=AndroidPubId1&publisher_ids[]=AndroidPubId2`).

                | date_granularity | recommended segment |
                |---|---|
                | daily | 1 week |
                | weekly | 3 months |""",
                List.of(path("os", "os").type(named("OsIosAndroidUnified")).build(),
                        query("app_ids", "appIds").commaJoined(STRING).description("IDs of apps, separated by commas.")
                                .build(),
                        query("publisher_ids", "publisherIds").commaJoined(STRING).explodedAlias("publisher_ids[]")
                                .description("Publisher IDs of apps, separated by commas.").build(),
                        query("countries", "countries").commaJoined(STRING).build(),
                        query("date_granularity", "dateGranularity").required().type(named("SalesDateGranularity"))
                                .build(),
                        query("start_date", "startDate").required().type(DATE).earliest("2018-01-01")
                                .description("Start date, `YYYY-MM-DD`.").build(),
                        query("end_date", "endDate").required().type(DATE).build()),
                Optional.of(new TypeRef.ListOf(named("SalesEstimate"))),
                new OperationRules(Optional.empty(),
                        Optional.of(new OperationRules.Segmentation("start_date", "end_date", "date_granularity",
                                Map.of("daily", Period.ofDays(7), "weekly", Period.ofMonths(3)), List.of(""))),
                        Optional.empty(), Optional.of(new OperationRules.DateRange("start_date", "end_date")),
                        List.of("app_ids", "publisher_ids")));
        Operation compact = operation("getCompactSalesReportEstimates", "/v1/{os}/compact_sales_report_estimates",
                tag, "Fetches download and revenue estimates in compact format.", "",
                List.of(path("os", "os").type(named("OsIosAndroid")).build(),
                        query("start_date", "startDate").required().type(DATE).build(),
                        query("end_date", "endDate").required().type(DATE).build(),
                        query("app_ids", "appIds").commaJoined(STRING).build(),
                        query("publisher_ids[]", "publisherIds").repeated(STRING)
                                .description("Publisher IDs of apps, in the array form (`publisher_ids[]=id1&publisher_ids[]=id2`).")
                                .build()),
                Optional.of(named("CompactSalesReportEstimates")), OperationRules.NONE);
        return new TagGroup(tag, "DownloadsRevenueApi", "Download and revenue estimates by app, country and date.",
                List.of(estimates, compact));
    }

    private static TagGroup creativeGallery() {
        String tag = "ADVERTISING: Creative Gallery";
        Operation creatives = operation("getCreatives", "/v1/{os}/ad_intel/creatives", tag,
                "Fetches creatives for advertising apps.",
                "Results are paged: the number of pages is `count` divided by `limit`, rounded up.",
                List.of(path("os", "os").type(named("OsIosAndroidUnified")).build(),
                        query("app_ids", "appIds").required().commaJoined(STRING).build(),
                        query("start_date", "startDate").required().type(DATE).build(),
                        query("end_date", "endDate").type(DATE).build(),
                        query("ad_types", "adTypes").required().commaJoined(named("AdType"))
                                .description("Ad types to include, separated by commas.").build(),
                        query("aspect_ratios", "aspectRatios").commaJoined(named("AspectRatio")).build(),
                        query("limit", "limit").type(named("CreativesLimit")).constraints(allowed("10", "50", "100"))
                                .description("Number of creatives per page; at most 100.").build(),
                        query("page", "page").type(INT32).constraints(minimum(1)).defaultValue("1").build(),
                        query("display_breakdown", "displayBreakdown").type(BOOLEAN).build()),
                Optional.of(named("CreativesPage")),
                new OperationRules(Optional.empty(), Optional.empty(),
                        Optional.of(new OperationRules.Pagination("page", "limit", 1, "/count", "/ad_units")),
                        Optional.of(new OperationRules.DateRange("start_date", "end_date")), List.of()));
        return new TagGroup(tag, "CreativeGalleryApi", "Ad creatives of advertising apps, with share of voice.",
                List.of(creatives));
    }

    private static TagGroup categoryRankings() {
        String tag = "PERFORMANCE: Category Rankings";
        Operation history = operation("getCategoryHistory", "/v1/{os}/category/category_history", tag,
                "Fetches detailed category ranking history.", "",
                List.of(path("os", "os").type(named("OsIosAndroid")).build(),
                        query("app_ids", "appIds").required().commaJoined(STRING).build(),
                        query("category", "category").required().build(),
                        query("chart_type_ids", "chartTypeIds").required().commaJoined(STRING).build()),
                Optional.of(named("CategoryHistory")), OperationRules.NONE);
        return new TagGroup(tag, "CategoryRankingsApi", "", List.of(history));
    }

    private static TagGroup appOverlap() {
        String tag = "CROSS APP USAGE: App Overlap";
        Operation overlap = operation("getAppOverlap", "/v1/unified/app_overlap", tag,
                "Fetches app overlap for a specific app.", "",
                List.of(query("app_id", "appId").required().description("The unified app ID of the reference app.")
                                .build(),
                        query("countries[]", "countries").required().repeated(named("OverlapCountry"))
                                .constraints(items(1, 1)).build(),
                        query("start_date", "startDate").required().type(DATE).alignment(DateAlignment.MONTH_START)
                                .build(),
                        query("end_date", "endDate").required().type(DATE).alignment(DateAlignment.MONTH_END).build()),
                Optional.empty(), OperationRules.NONE);
        return new TagGroup(tag, "AppOverlapApi", "Apps that the users of an app are more likely to use.",
                List.of(overlap));
    }

    // ---- types --------------------------------------------------------------------------------

    private static List<ModelType> types() {
        List<ModelType> types = new ArrayList<>(List.of(
                enumType("AdType", "A kind of ad creative.", "image", "IMAGE", "video-rewarded", "VIDEO_REWARDED",
                        "playable", "PLAYABLE"),
                enumType("AspectRatio", "A bucket of creative aspect ratios (width:height).", "9:16", "V_9_16",
                        "1.91:1", "V_1_91_1", "other", "OTHER"),
                enumType("CohortType", "", "selection", "SELECTION", "unknown", "UNKNOWN"),
                new EnumType("CreativesLimit", "CreativesLimit", "", false, source("CreativesLimit"), ScalarKind.INT32,
                        List.of(new EnumConstant("10", "V_10"), new EnumConstant("50", "V_50"),
                                new EnumConstant("100", "V_100"))),
                enumType("OsIosAndroid", "", "ios", "IOS", "android", "ANDROID"),
                enumType("OsIosAndroidUnified", "", "ios", "IOS", "android", "ANDROID", "unified", "UNIFIED"),
                enumType("OverlapCountry", "The countries app overlap is available for.", "US", "US", "GB", "GB"),
                enumType("SalesDateGranularity", "Granularity of download and revenue estimates.", "daily", "DAILY",
                        "weekly", "WEEKLY"),
                new ScalarUnion("AppId", "AppId", "An app ID; an integer on iOS (`284882215`), a string on Android "
                        + "(`com.facebook.katana`) and for unified apps.", false, source("AppId"),
                        List.of(ScalarKind.INT64, ScalarKind.STRING)),
                app(), appsResponse(), object("AdUnit", "One ad unit.", true, List.of(
                        property("id", "id", STRING, true, false, ""),
                        property("ad_type", "adType", named("AdType"), false, true, ""),
                        property("aspect_ratio", "aspectRatio", named("AspectRatio"), false, true, ""),
                        property("cohort_type", "cohortType", named("CohortType"), false, true, ""))),
                object("CreativesPage", "One page of ad units.", false, List.of(
                        property("count", "count", INT32, true, false, "The number of ad units on all pages."),
                        property("ad_units", "adUnits", new TypeRef.ListOf(named("AdUnit")), true, false, ""))),
                categoryHistory(),
                object("RankingSeries", "The ranks of one app in one chart over time.", false, List.of(
                        property("name", "name", STRING, false, false, ""),
                        property("graphData", "graphData", new TypeRef.ListOf(new TypeRef.ListOf(new TypeRef.Any())),
                                true, false, "`[unix_seconds, rank]` pairs."))),
                object("CompactSalesReportEstimates", "Estimates in a compact, tabular form.", true, List.of(
                        property("lookup_table", "lookupTable", new TypeRef.MapOf(STRING), false, false,
                                "App ID to unified app ID."),
                        property("serialized_sales_reports", "serializedSalesReports",
                                new TypeRef.ListOf(new TypeRef.Any()), false, false, ""))),
                new ObjectUnion("SalesEstimate", "SalesEstimate", "One row of estimates; its shape depends on the `os` requested.",
                        false, source("SalesEstimate"), List.of(named("IosSalesEstimate"), named("AndroidSalesEstimate"),
                                named("UnifiedSalesEstimate"))),
                object("IosSalesEstimate", "iPhone and iPad estimates of an iOS app.", false, List.of(
                        property("aid", "aid", named("AppId"), true, false, ""),
                        property("cc", "cc", STRING, true, false, "Country code."),
                        property("d", "d", DATE_TIME, true, false, "Start of the period."),
                        property("iu", "iu", INT64, false, true, "iPhone downloads."),
                        withUnit(property("ir", "ir", INT64, false, true, "iPhone revenue in cents."), "cents"))),
                object("AndroidSalesEstimate", "Estimates of an Android app. Note `c`, where iOS rows have `cc`.", false,
                        List.of(property("aid", "aid", named("AppId"), true, false, ""),
                                property("c", "c", STRING, true, false, "Country code."),
                                property("d", "d", DATE_TIME, true, false, "Start of the period."),
                                property("u", "u", INT64, false, true, "Downloads."),
                                withUnit(property("r", "r", INT64, false, true, "Revenue in cents."), "cents"))),
                object("UnifiedSalesEstimate", "Estimates of a unified app.", false, List.of(
                        property("app_id", "appId", STRING, true, false, "Unified app ID."),
                        property("country", "country", STRING, true, false, ""),
                        property("date", "date", DATE_TIME, true, false, ""),
                        property("unified_units", "unifiedUnits", INT64, false, true, "")))));
        types.sort(Comparator.comparing(ModelType::javaName));
        return types;
    }

    private static ObjectType app() {
        return object("App", """
                The metadata of one app in one country's store.

                ## Notes
                - `rating` is in [0, 5]; **never** `null` for active apps.
                - Revenue fields are in cents & rounded; <b> is not HTML here.
                - A comment end */ and an escape \\u002a/ must stay harmless.

                | field | meaning |
                |---|---|
                | `app_id` | integer or string, e.g. `{id}` |
                | price | cents |

                @since is not a tag here.""", false, List.of(
                property("app_id", "appId", named("AppId"), true, false, ""),
                property("name", "name", STRING, true, false, "The app's name."),
                property("publisher_name", "publisherName", STRING, false, true, ""),
                property("rating", "rating", NUMBER, false, true, "Average rating."),
                withUnit(property("price", "price", INT64, false, true, "Price."), "cents"),
                property("release_date", "releaseDate", DATE_TIME, false, true, ""),
                property("last_update", "lastUpdate", DATE, false, true, ""),
                property("aspect_ratio", "aspectRatio", named("AspectRatio"), false, true, ""),
                property("valid_countries", "validCountries", new TypeRef.ListOf(STRING), false, true, ""),
                property("in_app_purchases", "inAppPurchases", BOOLEAN, false, true, ""),
                property("extra", "extra", new TypeRef.Any(), false, true, "Anything else.")));
    }

    private static ObjectType appsResponse() {
        return object("AppsResponse", "The metadata of the requested apps.", false, List.of(
                property("apps", "apps", new TypeRef.ListOf(named("App")), true, false, "")));
    }

    private static ObjectType categoryHistory() {
        return new ObjectType("CategoryHistory", "CategoryHistory", """
                Ranking history keyed by app ID, then country, plus `lines`, the number of series.""",
                false, source("CategoryHistory"),
                List.of(property("lines", "lines", INT32, true, false, "The number of ranking series.")),
                Optional.of(new TypeRef.MapOf(named("RankingSeries"))));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Operation operation(String id, String path, String tag, String summary, String description,
            List<Parameter> parameters, Optional<TypeRef> body, OperationRules rules) {
        List<Response> responses = List.of(
                new Response(200, body.isPresent() ? "Success." : "Success, without a body.", body, Optional.empty(),
                        List.of(), Map.of()),
                new Response(401, "Invalid authentication token.", Optional.empty(), Optional.empty(), List.of(), Map.of()));
        return new Operation(id, id, "GET", path, tag, summary, description, parameters, responses, rules,
                Optional.of(new ApiKey("auth_token", ParameterLocation.QUERY)), SourceLocation.of("#/paths/" + path.replace("/", "~1") + "/get"));
    }

    private static EnumType enumType(String name, String description, String... valuesAndNames) {
        List<EnumConstant> constants = new ArrayList<>();
        for (int i = 0; i < valuesAndNames.length; i += 2) {
            constants.add(new EnumConstant(valuesAndNames[i], valuesAndNames[i + 1]));
        }
        return new EnumType(name, name, description, false, source(name), ScalarKind.STRING, constants);
    }

    private static ObjectType object(String name, String description, boolean provisional, List<Property> properties) {
        return new ObjectType(name, name, description, provisional, source(name), properties, Optional.empty());
    }

    private static Property property(String json, String java, TypeRef type, boolean required, boolean nullable,
            String description) {
        return new Property(json, java, type, required, nullable, Constraints.NONE, description, Optional.empty());
    }

    private static Property withUnit(Property property, String unit) {
        return new Property(property.jsonName(), property.javaName(), property.type(), property.required(),
                property.nullable(), property.constraints(), property.description(), Optional.of(unit));
    }

    private static TypeRef.Named named(String name) {
        return new TypeRef.Named(name, name);
    }

    private static TypeRef scalar(ScalarKind kind) {
        return new TypeRef.Scalar(kind);
    }

    private static SourceLocation source(String schema) {
        return SourceLocation.of("#/components/schemas/" + schema);
    }
}
