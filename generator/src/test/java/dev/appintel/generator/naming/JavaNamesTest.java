package dev.appintel.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

    @ParameterizedTest(name = "typeName({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "sales_report_estimates | SalesReportEstimates",
        "SalesReportEstimates   | SalesReportEstimates",
        "IosSalesEstimate       | IosSalesEstimate",
        "appId                  | AppId",
        "HTTPServer             | HTTPServer",
        "LATIN_AM               | LatinAm",
        "DM_2025_Q2             | Dm2025Q2",
        "video-rewarded         | VideoRewarded",
        "Digital Turbine        | DigitalTurbine",
        "publisher_ids[]        | PublisherIds",
        "9lives                 | _9lives",
        "female_18              | Female18",
        "ümlaut_case            | ÜmlautCase",
    })
    void typeNames(String text, String expected) {
        assertThat(JavaNames.typeName(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "typeName({0}) avoids java.lang")
    @ValueSource(strings = {"Override", "String", "Object", "Record", "Integer", "Long", "Double", "Boolean",
        "List", "Map"})
    void typeNamesDoNotHideTypesTheGeneratedCodeUses(String name) {
        assertThat(JavaNames.typeName(name)).isEqualTo(name + "Model");
    }

    @Test
    void reservedTypeNamesAreMatchedAfterCasing() {
        assertThat(JavaNames.typeName("string")).isEqualTo("StringModel");
        assertThat(JavaNames.typeName("OBJECT")).isEqualTo("ObjectModel");
        assertThat(JavaNames.typeName("list_item")).isEqualTo("ListItem");
    }

    @Test
    void typeNameOfTextWithoutWords() {
        assertThat(JavaNames.typeName("")).isEqualTo("Unnamed");
        assertThat(JavaNames.typeName("[]")).isEqualTo("Unnamed");
    }

    @ParameterizedTest(name = "memberName({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "publisher_ids[]                   | publisherIds",
        "graphData                         | graphData",
        "app_id                            | appId",
        "app_a_users_likelihood_multiplier | appAUsersLikelihoodMultiplier",
        "female_18                         | female18",
        "URLPath                           | urlPath",
        "LATIN_AM                          | latinAm",
        "ID                                | id",
        "iPhone                            | iPhone",
        "Content-Type                      | contentType",
        "x.y.z                             | xYZ",
        "9lives                            | _9lives",
        "42                                | _42",
    })
    void memberNames(String text, String expected) {
        assertThat(JavaNames.memberName(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "memberName({0}) is guarded")
    @ValueSource(strings = {"class", "default", "enum", "int", "new", "package", "public", "static", "switch",
        "interface", "goto", "const", "yield", "true", "false", "null", "hashCode", "toString", "getClass",
        "equals", "wait"})
    void reservedMemberNamesGetAnUnderscore(String name) {
        assertThat(JavaNames.memberName(name)).isEqualTo(name + "_");
    }

    @Test
    void lowerCasingCanMakeAKeyword() {
        assertThat(JavaNames.memberName("Class")).isEqualTo("class_");
        assertThat(JavaNames.memberName("NULL")).isEqualTo("null_");
    }

    @Test
    void aLoneUnderscoreAndEmptyTextGetANameOfTheirOwn() {
        assertThat(JavaNames.memberName("_")).isEqualTo("unnamed");
        assertThat(JavaNames.memberName("")).isEqualTo("unnamed");
        assertThat(JavaNames.memberName("[]")).isEqualTo("unnamed");
    }

    @ParameterizedTest(name = "methodName({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "getApps                 | getApps",
        "getSalesReportEstimates | getSalesReportEstimates",
        "get_app_update_history  | getAppUpdateHistory",
        "import                  | import_",
    })
    void methodNames(String operationId, String expected) {
        assertThat(JavaNames.methodName(operationId)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "constantName({0}) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "video-rewarded                | VIDEO_REWARDED",
        "9:16                          | V_9_16",
        "1.91:1                        | V_1_91_1",
        "970x250                       | V_970X250",
        "Digital Turbine               | DIGITAL_TURBINE",
        "app_id,region                 | APP_ID_REGION",
        "DM_2025_Q2                    | DM_2025_Q2",
        "topselling_free               | TOPSELLING_FREE",
        "LATIN_AM                      | LATIN_AM",
        "BidMachine                    | BIDMACHINE",
        "TikTok                        | TIKTOK",
        "Meta Audience Network         | META_AUDIENCE_NETWORK",
        "ios                           | IOS",
        "other                         | OTHER",
        "interactive-playable-rewarded | INTERACTIVE_PLAYABLE_REWARDED",
        "10                            | V_10",
        "-1                            | MINUS_1",
        "\"  spaced  out  \"           | SPACED_OUT",
    })
    void constantNames(String value, String expected) {
        assertThat(JavaNames.constantName(value)).isEqualTo(expected);
    }

    @Test
    void integerConstants() {
        assertThat(JavaNames.constantName(10)).isEqualTo("V_10");
        assertThat(JavaNames.constantName(-3)).isEqualTo("MINUS_3");
    }

    @Test
    void constantOfAValueWithoutWords() {
        assertThat(JavaNames.constantName("")).isEqualTo("EMPTY");
        assertThat(JavaNames.constantName("-")).isEqualTo("EMPTY");
    }

    @ParameterizedTest(name = "tagInterfaceName({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "OVERVIEW: App Overview                               | AppOverviewApi",
        "USAGE: Session Metrics (Time Spent, Session Count)   | SessionMetricsApi",
        "ACQUISITION & CHURN: Acquisition & Churn             | AcquisitionChurnApi",
        "PERFORMANCE: Downloads & Revenue                     | DownloadsRevenueApi",
        "APP UPDATES: App Update Timeline                     | AppUpdateTimelineApi",
        "CROSS APP USAGE: Cross App Usage                     | CrossAppUsageApi",
        "pets                                                 | PetsApi",
        "OVERVIEW                                             | OverviewApi",
        "OVERVIEW:                                            | OverviewApi",
        "Reports: Daily (beta                                 | DailyApi",
        "String                                               | StringApi",
    })
    void tagInterfaceNames(String tag, String expected) {
        assertThat(JavaNames.tagInterfaceName(tag)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "operationTypePrefix({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "getChurnAnalysis   | ChurnAnalysis",
        "getApps            | Apps",
        "getter             | Getter",
        "get                | Get",
        "listApps           | ListApps",
        "getUnifiedSessionMetrics | UnifiedSessionMetrics",
    })
    void operationTypePrefixes(String operation, String expected) {
        assertThat(JavaNames.operationTypePrefix(operation)).isEqualTo(expected);
    }
}
