package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.model.OsIosAndroidUnified;
import dev.appintel.client.model.SalesDateGranularity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Values that need care on the wire: every one sent exactly, each list in its form. */
class EncodingTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private final RecordingServer server = RecordingServer.start();
    private final AppIntelligence client = TestClients.builder(server, new FakeTime()).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void reservedAndNonAsciiCharactersArePercentEncodedInValuesAndListElements() {
        client.appOverview().getApps(OsIosAndroid.ANDROID, List.of("a,b", "c d", "e&f", "g+h", "i%j", "ü€", "k=l/m?"),
                "US", null);

        assertThat(server.last().queryWithoutToken()).isEqualTo(
                "app_ids=a%2Cb,c%20d,e%26f,g%2Bh,i%25j,%C3%BC%E2%82%AC,k%3Dl%2Fm%3F&country=US");
    }

    @Test
    void pathValuesAreEncodedToo() {
        server.enqueue(Reply.json("[]"));

        client.categoryRankings().getCategoryRankingSummary(OsIosAndroid.ANDROID, "com.a/b c", "US");

        assertThat(server.last().path()).isEqualTo("/v1/android/category/category_ranking_summary");
        assertThat(server.last().queryWithoutToken()).isEqualTo("app_id=com.a%2Fb%20c&country=US");
    }

    @Test
    void emptyAndNullOptionalListsAreLeftOut() {
        server.enqueue(Reply.json("[]"), Reply.json("[]"));

        sales(List.of("1"), List.of(), List.of());
        String empty = server.last().queryWithoutToken();
        sales(List.of("1"), null, null);

        assertThat(empty).isEqualTo("app_ids=1&date_granularity=daily&start_date=2024-01-01&end_date=2024-01-02")
                .isEqualTo(server.last().queryWithoutToken());
    }

    @Test
    void publisherIdsWithoutCommasStayCommaSeparated() {
        server.enqueue(Reply.json("[]"));

        sales(null, List.of("Pub A", "Pub B"), List.of("US"));

        assertThat(server.last().queryWithoutToken()).isEqualTo("publisher_ids=Pub%20A,Pub%20B&countries=US"
                + "&date_granularity=daily&start_date=2024-01-01&end_date=2024-01-02");
    }

    @Test
    void aPublisherIdWithACommaSendsTheListInItsBracketFormInPlace() {
        server.enqueue(Reply.json("[]"));

        sales(null, List.of("Meta Platforms, Inc.", "Other"), List.of("US"));

        assertThat(server.last().queryWithoutToken()).isEqualTo(
                "publisher_ids%5B%5D=Meta%20Platforms%2C%20Inc.&publisher_ids%5B%5D=Other&countries=US"
                        + "&date_granularity=daily&start_date=2024-01-01&end_date=2024-01-02");
    }

    @Test
    void bracketNamedListsAreRepeatedWithTheirEncodedName() {
        server.enqueue(Reply.json("{}"));

        client.downloadsRevenue().getCompactSalesReportEstimates(OsIosAndroid.IOS, START, START, null, List.of("1", "2,3"),
                null, null, null, null, null);

        assertThat(server.last().queryWithoutToken()).isEqualTo(
                "start_date=2024-01-01&end_date=2024-01-01&publisher_ids%5B%5D=1&publisher_ids%5B%5D=2%2C3");
    }

    private void sales(List<String> appIds, List<String> publisherIds, List<String> countries) {
        client.downloadsRevenue().getSalesReportEstimates(OsIosAndroidUnified.IOS, appIds, publisherIds, countries,
                SalesDateGranularity.DAILY, START, START.plusDays(1), null);
    }
}
