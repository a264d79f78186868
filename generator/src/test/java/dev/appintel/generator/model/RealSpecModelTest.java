package dev.appintel.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.TestSpecs;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.model.OperationRules.Batching;
import dev.appintel.generator.model.OperationRules.DateRange;
import dev.appintel.generator.model.OperationRules.Pagination;
import dev.appintel.generator.model.Parameter.DateAlignment;
import dev.appintel.generator.model.Parameter.WireEncoding;
import dev.appintel.generator.model.TypeRef.ListOf;
import dev.appintel.generator.model.TypeRef.MapOf;
import dev.appintel.generator.model.TypeRef.Named;
import dev.appintel.generator.model.TypeRef.Scalar;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model of the real spec, checked where it matters to the targets. */
class RealSpecModelTest {

    private static final Scalar STRING = new Scalar(ScalarKind.STRING);

    private final ApiModel model = TestSpecs.model();

    @Test
    void describesTheApi() {
        assertThat(model.title()).isEqualTo("App Intelligence API");
        assertThat(model.version()).isEqualTo("1.0");
        assertThat(model.specName()).isEqualTo("app-intelligence.yaml");
        assertThat(model.specSha256()).matches("[0-9a-f]{64}");
        assertThat(model.serverUrl()).isEqualTo("https://api.sensortower.com");
        assertThat(model.apiKey()).isEqualTo(new ApiKey("auth_token", ParameterLocation.QUERY));
    }

    @Test
    void hasEveryOperationAndParameterOfTheDocument() {
        assertThat(model.operations()).hasSize(TestSpecs.operationCount());
        assertThat(model.operations().stream().mapToInt(operation -> operation.parameters().size()).sum())
                .isEqualTo(TestSpecs.parameterCount());
        assertThat(model.operations()).allSatisfy(operation -> assertThat(operation.method()).isEqualTo("GET"));
    }

    @Test
    void groupsOperationsIntoFifteenTagInterfacesInTheOrderOfTheTagsList() {
        assertThat(model.tags()).extracting(TagGroup::javaName).containsExactly(
                "AppOverviewApi", "DownloadsRevenueApi", "ActiveUsersApi", "CategoryRankingsApi",
                "CreativeGalleryApi", "NetworkAnalysisApi", "RetentionApi", "DownloadsBySourceApi",
                "AcquisitionChurnApi", "DemographicsApi", "SessionMetricsApi", "EngagementApi",
                "AppUpdateTimelineApi", "AppOverlapApi", "CrossAppUsageApi");
        TagGroup overview = model.tags().get(0);
        assertThat(overview.name()).isEqualTo("OVERVIEW: App Overview");
        assertThat(overview.description()).isEqualTo("App metadata and top in-app purchases.");
        assertThat(overview.operations()).extracting(Operation::javaName)
                .containsExactly("getApps", "getTopInAppPurchases");
        assertThat(model.tags()).allSatisfy(tag -> assertThat(tag.operations())
                .allSatisfy(operation -> assertThat(operation.tag()).isEqualTo(tag.name())));
    }

    @Test
    void getAppsHasItsParametersInSpecOrder() {
        Operation getApps = operation("getApps");

        assertThat(getApps.path()).isEqualTo("/v1/{os}/apps");
        assertThat(getApps.summary()).isEqualTo("Fetches app metadata.");
        assertThat(getApps.location().pointer()).isEqualTo("/paths/~1v1~1{os}~1apps/get");
        // Model elements carry their pointer; lines are read only to locate problems.
        assertThat(getApps.location().line()).isZero();
        assertThat(getApps.parameters()).extracting(Parameter::name)
                .containsExactly("os", "app_ids", "country", "include_sdk_data");
        assertThat(getApps.parameters()).extracting(Parameter::javaName)
                .containsExactly("os", "appIds", "country", "includeSdkData");
    }

    @Test
    void theOsPathParameterIsTheEnumNamedAfterItsComponent() {
        Parameter os = operation("getApps").parameter("os").orElseThrow();

        assertThat(os.location()).isEqualTo(ParameterLocation.PATH);
        assertThat(os.required()).isTrue();
        assertThat(os.type()).isEqualTo(new Named("OsIosAndroid", "OsIosAndroid"));
        assertThat(os.encoding()).isEqualTo(WireEncoding.SINGLE);
        assertThat(os.source().pointer()).isEqualTo("/paths/~1v1~1{os}~1apps/get/parameters/0");
        EnumType enumType = (EnumType) type("OsIosAndroid");
        assertThat(enumType.constants()).extracting(EnumConstant::value, EnumConstant::javaName)
                .containsExactly(tuple("ios", "IOS"), tuple("android", "ANDROID"));
        assertThat(enumType.source().pointer()).isEqualTo("/components/parameters/OsIosAndroid/schema");
    }

    @Test
    void appIdsIsACommaJoinedListOfAtMost100() {
        Parameter appIds = operation("getApps").parameter("app_ids").orElseThrow();

        assertThat(appIds.type()).isEqualTo(new ListOf(STRING));
        assertThat(appIds.encoding()).isEqualTo(WireEncoding.COMMA_JOINED);
        assertThat(appIds.required()).isTrue();
        assertThat(appIds.constraints().minItems()).contains(1);
        assertThat(appIds.constraints().maxItems()).contains(100);
        assertThat(appIds.source().pointer()).isEqualTo("/paths/~1v1~1{os}~1apps/get/parameters/1");
    }

    @Test
    void countryDefaultsToUs() {
        Parameter country = operation("getApps").parameter("country").orElseThrow();

        assertThat(country.type()).isEqualTo(STRING);
        assertThat(country.required()).isFalse();
        assertThat(country.defaultValue()).contains("US");
        assertThat(country.constraints().pattern()).contains("^[A-Z]{2}$");
        assertThat(country.description()).isEqualTo("Country code (defaults to `US`).");
        assertThat(operation("getApps").parameter("include_sdk_data").orElseThrow().defaultValue()).contains("false");
        assertThat(operation("getCreatives").parameter("page").orElseThrow().defaultValue()).contains("1");
    }

    @Test
    void bracketParametersAreRepeated() {
        Parameter publisherIds = operation("getCompactSalesReportEstimates").parameter("publisher_ids[]").orElseThrow();

        assertThat(publisherIds.javaName()).isEqualTo("publisherIds");
        assertThat(publisherIds.encoding()).isEqualTo(WireEncoding.REPEATED);
        assertThat(publisherIds.type()).isEqualTo(new ListOf(STRING));
    }

    @Test
    void theCommaJoinedPublisherIdsKnowTheirExplodedAlias() {
        Parameter publisherIds = operation("getSalesReportEstimates").parameter("publisher_ids").orElseThrow();

        assertThat(publisherIds.encoding()).isEqualTo(WireEncoding.COMMA_JOINED);
        assertThat(publisherIds.explodedAlias()).contains("publisher_ids[]");
    }

    @Test
    void overlapCountriesAreRepeatedValuesOfANamedEnum() {
        Parameter countries = operation("getAppOverlap").parameter("countries[]").orElseThrow();

        assertThat(countries.javaName()).isEqualTo("countries");
        assertThat(countries.encoding()).isEqualTo(WireEncoding.REPEATED);
        assertThat(countries.type()).isEqualTo(new ListOf(new Named("OverlapCountry", "OverlapCountry")));
        assertThat(countries.constraints().maxItems()).contains(1);
        assertThat(countries.constraints().allowedValues()).hasSize(28).startsWith("US", "AU");
    }

    @Test
    void dateParametersCarryTheirAlignmentAndEarliestDate() {
        Operation overlap = operation("getAppOverlap");

        assertThat(overlap.parameter("start_date").orElseThrow().alignment()).contains(DateAlignment.MONTH_START);
        assertThat(overlap.parameter("end_date").orElseThrow().alignment()).contains(DateAlignment.MONTH_END);
        assertThat(overlap.parameter("start_date").orElseThrow().type()).isEqualTo(new Scalar(ScalarKind.DATE));
        assertThat(operation("getNetworkAnalysis").parameter("start_date").orElseThrow().earliestDate())
                .contains(LocalDate.of(2018, 1, 1));
        assertThat(operation("getChurnAnalysis").parameter("start_date").orElseThrow().earliestDate())
                .contains(LocalDate.of(2020, 5, 1));
    }

    @Test
    void inlineEnumsOfParametersAreNamedAfterTheOperationWithoutGet() {
        assertThat(operation("getChurnAnalysis").parameter("granularity").orElseThrow().type())
                .isEqualTo(new Named("ChurnAnalysisGranularity", "ChurnAnalysisGranularity"));
        assertThat(operation("getUnifiedSessionMetrics").parameter("os").orElseThrow().type())
                .isEqualTo(new Named("UnifiedSessionMetricsOs", "UnifiedSessionMetricsOs"));
        EnumType breakdown = (EnumType) type("SessionMetricsBreakdown");
        assertThat(breakdown.constants()).extracting(EnumConstant::javaName).containsExactly("APP_ID", "APP_ID_REGION");
        EnumType limit = (EnumType) type("CreativesLimit");
        assertThat(limit.valueKind()).isEqualTo(ScalarKind.INT32);
        assertThat(limit.constants()).extracting(EnumConstant::javaName).containsExactly("V_10", "V_50", "V_100");
    }

    @Test
    void parametersThatReferToANamedEnumUseItAndItsValues() {
        Parameter granularity = operation("getSalesReportEstimates").parameter("date_granularity").orElseThrow();
        Parameter dataModel = operation("getSalesReportEstimates").parameter("data_model").orElseThrow();

        assertThat(granularity.type()).isEqualTo(new Named("SalesDateGranularity", "SalesDateGranularity"));
        assertThat(granularity.constraints().allowedValues()).containsExactly("daily", "weekly", "monthly", "quarterly");
        assertThat(dataModel.type()).isEqualTo(new Named("DataModel", "DataModel"));
        assertThat(dataModel.defaultValue()).contains("DM_2025_Q2");
    }

    @Test
    void salesReportEstimatesAreSegmentedByGranularity() {
        OperationRules rules = operation("getSalesReportEstimates").rules();

        OperationRules.Segmentation segmentation = rules.segmentation().orElseThrow();
        assertThat(segmentation.start()).isEqualTo("start_date");
        assertThat(segmentation.end()).isEqualTo("end_date");
        assertThat(segmentation.granularity()).isEqualTo("date_granularity");
        assertThat(segmentation.maxSpan()).containsExactlyInAnyOrderEntriesOf(Map.of("daily", Period.ofDays(7),
                "weekly", Period.ofMonths(3), "monthly", Period.ofYears(1), "quarterly", Period.ofYears(2)));
        assertThat(segmentation.concat()).containsExactly("");
        assertThat(rules.dateRange()).contains(new DateRange("start_date", "end_date"));
        assertThat(rules.requiresOneOf()).containsExactly("app_ids", "publisher_ids");
        assertThat(rules.batching()).isEmpty();
        assertThat(rules.pagination()).isEmpty();
    }

    @Test
    void creativesArePaginated() {
        assertThat(operation("getCreatives").rules().pagination())
                .contains(new Pagination("page", "limit", 1, "/count", "/ad_units"));
    }

    @Test
    void retentionIsBatchedBy500AndConcatenatesTwoArrays() {
        assertThat(operation("getRetention").rules().batching())
                .contains(new Batching("app_ids", 500, List.of("/app_data", "/disabled_app_ids")));
        assertThat(operation("getApps").rules().batching()).contains(new Batching("app_ids", 100, List.of("/apps")));
        assertThat(operation("getCompactSalesReportEstimates").rules().requiresOneOf())
                .containsExactly("app_ids", "publisher_ids[]", "unified_app_ids", "unified_publisher_ids", "categories");
    }

    @Test
    void appIsAnObjectWithAScalarUnionIdAndANullableReleaseDate() {
        ObjectType app = (ObjectType) type("App");

        assertThat(app.source().pointer()).isEqualTo("/components/schemas/App");
        assertThat(app.description()).isEqualTo("The metadata of one app in one country's store.");
        Property appId = property(app, "app_id");
        assertThat(appId.type()).isEqualTo(new Named("AppId", "AppId"));
        assertThat(appId.required()).isTrue();
        Property releaseDate = property(app, "release_date");
        assertThat(releaseDate.javaName()).isEqualTo("releaseDate");
        assertThat(releaseDate.type()).isEqualTo(new Scalar(ScalarKind.DATE_TIME));
        assertThat(releaseDate.nullable()).isTrue();
        assertThat(releaseDate.required()).isFalse();
        assertThat(property(app, "os").type()).isEqualTo(new Named("AppOs", "AppOs"));
        assertThat(property(app, "categories").type()).isEqualTo(new ListOf(new Named("CategoryId", "CategoryId")));
        assertThat(app.additionalProperties()).isEmpty();
        assertThat(((ScalarUnion) type("AppId")).alternatives()).containsExactly(ScalarKind.INT64, ScalarKind.STRING);
    }

    @Test
    void salesEstimateIsAUnionOfThreeObjects() {
        ObjectUnion salesEstimate = (ObjectUnion) type("SalesEstimate");

        assertThat(salesEstimate.alternatives()).containsExactly(new Named("IosSalesEstimate", "IosSalesEstimate"),
                new Named("AndroidSalesEstimate", "AndroidSalesEstimate"),
                new Named("UnifiedSalesEstimate", "UnifiedSalesEstimate"));
        Property revenue = property((ObjectType) type("IosSalesEstimate"), "ir");
        assertThat(revenue.unit()).contains("cents");
        assertThat(revenue.type()).isEqualTo(new Scalar(ScalarKind.INT64));
    }

    @Test
    void categoryHistoryHasLinesAndEntriesThreeMapsDeep() {
        ObjectType history = (ObjectType) type("CategoryHistory");

        assertThat(history.properties()).extracting(Property::jsonName).containsExactly("lines");
        assertThat(property(history, "lines").type()).isEqualTo(new Scalar(ScalarKind.INT32));
        assertThat(history.additionalProperties()).contains(
                new MapOf(new MapOf(new MapOf(new Named("RankingSeries", "RankingSeries")))));
    }

    @Test
    void aliasesAreReplacedByWhatTheyStandFor() {
        ObjectType series = (ObjectType) type("RankingSeries");

        assertThat(property(series, "graphData").type()).isEqualTo(new ListOf(new ListOf(new Scalar(ScalarKind.INT64))));
        assertThat(property(series, "graphData").javaName()).isEqualTo("graphData");
        assertThat(model.types()).extracting(ModelType::schemaName).doesNotContain("RankPoint", "SalesReportEstimates",
                "CountryRankingHistory", "CountryCode", "Ratio", "NullableRatio", "DateSpan", "SharePoint");
    }

    @Test
    void aliasedScalarsBringTheirLimitsUnitAndNullability() {
        Property newUsers = property((ObjectType) type("ActiveUserBreakdown"), "new_users_ratio");

        assertThat(newUsers.type()).isEqualTo(new Scalar(ScalarKind.NUMBER));
        assertThat(newUsers.nullable()).isTrue();
        assertThat(newUsers.unit()).contains("ratio");
        assertThat(newUsers.constraints().minimum()).contains(BigDecimal.ZERO);
        assertThat(newUsers.constraints().maximum()).contains(BigDecimal.ONE);
    }

    @Test
    void openShapesAreMapsOrAny() {
        ObjectType adUnit = (ObjectType) type("AdUnit");

        assertThat(property(adUnit, "top_publishers").type()).isEqualTo(new ListOf(new MapOf(new TypeRef.Any())));
        assertThat(property((ObjectType) type("ShareBreakdown"), "date").type())
                .isEqualTo(new ListOf(new ListOf(new TypeRef.Any())));
        assertThat(property((ObjectType) type("CompactSalesReportEstimates"), "serialized_sales_reports").type())
                .isEqualTo(new ListOf(new TypeRef.Any()));
        assertThat(((ObjectType) type("AppUpdateHistory")).additionalProperties()).contains(new TypeRef.Any());
        assertThat(adUnit.provisional()).isTrue();
        assertThat(type("App").provisional()).isFalse();
    }

    @Test
    void enumConstantsFollowTheNamingRules() {
        assertThat(((EnumType) type("AspectRatio")).constants()).extracting(EnumConstant::javaName)
                .containsExactly("V_9_16", "V_4_5", "V_1_1", "V_1_91_1", "V_16_9", "V_2_3", "OTHER");
        assertThat(((EnumType) type("BannerDimension")).constants()).extracting(EnumConstant::javaName)
                .startsWith("V_970X250", "V_728X90");
        assertThat(((EnumType) type("AdNetwork")).constants()).extracting(EnumConstant::javaName)
                .contains("BIDMACHINE", "DIGITAL_TURBINE", "META_AUDIENCE_NETWORK", "TIKTOK");
        assertThat(((EnumType) type("PanelRegion")).constants()).extracting(EnumConstant::javaName)
                .containsExactly("LATIN_AM", "SE_ASIA", "TIER_1", "US");
        assertThat(((EnumType) type("AdType")).constants()).extracting(EnumConstant::value, EnumConstant::javaName)
                .contains(tuple("video-rewarded", "VIDEO_REWARDED"));
    }

    @Test
    void typesAreSortedByJavaNameAndUnique() {
        List<String> names = model.types().stream().map(ModelType::javaName).toList();

        assertThat(names).isSorted().doesNotHaveDuplicates();
        assertThat(model.types().stream().map(ModelType::schemaName)).doesNotHaveDuplicates();
    }

    @Test
    void theSalesEstimatesBodyIsAListOfTheUnionWithAnExamplePerPlatform() {
        Response ok = operation("getSalesReportEstimates").success().orElseThrow();

        assertThat(ok.description()).startsWith("Success.");
        assertThat(ok.body()).contains(new ListOf(new Named("SalesEstimate", "SalesEstimate")));
        assertThat(ok.schemaName()).contains("SalesReportEstimates");
        assertThat(ok.examples()).containsOnlyKeys("android", "ios", "unified");
        assertThat(ok.examples().get("ios")).startsWith("[{\"aid\":").doesNotContain("\n", ": ");
    }

    @Test
    void responsesAreSortedByStatusAndSharedErrorsComeFromComponents() {
        Operation getApps = operation("getApps");

        assertThat(getApps.responses()).extracting(Response::status).containsExactly(200, 401, 403, 422, 429);
        Response tooMany = getApps.responses().get(4);
        assertThat(tooMany.headers()).containsExactly("Retry-After");
        assertThat(tooMany.schemaName()).contains("ErrorMessage");
        assertThat(tooMany.examples()).containsExactly(Map.entry("default", "{\"error\":\"Too many requests.\"}"));
        Response cohorts = operation("getChurnAnalysisCohorts").success().orElseThrow();
        assertThat(cohorts.schemaName()).contains("CohortList");
        assertThat(cohorts.examples()).containsOnlyKeys("android");
    }

    @Test
    void examplesKeepNullsEmptyListsAndKeyOrder() {
        String ios = operation("getApps").success().orElseThrow().examples().get("ios");

        assertThat(ios).startsWith("{\"apps\":[{\"app_id\":284882215,\"canonical_country\":\"US\",\"name\":\"Facebook\"")
                .contains("\"imessage_icon\":null", "\"tablet_screenshot_urls\":[]", "\"rating\":4.51979");
    }

    @Test
    void buildingTwiceGivesEqualModels() {
        ApiModel again = new ModelBuilder().build(TestSpecs.load(TestSpecs.text()));

        assertThat(again).isEqualTo(model);
    }

    private Operation operation(String javaName) {
        return model.operations().stream().filter(operation -> operation.javaName().equals(javaName)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + javaName));
    }

    private ModelType type(String javaName) {
        Optional<ModelType> type = model.types().stream().filter(found -> found.javaName().equals(javaName)).findFirst();
        return type.orElseThrow(() -> new AssertionError("no type " + javaName));
    }

    private static Property property(ObjectType type, String jsonName) {
        return type.properties().stream().filter(property -> property.jsonName().equals(jsonName)).findFirst()
                .orElseThrow(() -> new AssertionError(type.javaName() + " has no property " + jsonName));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
