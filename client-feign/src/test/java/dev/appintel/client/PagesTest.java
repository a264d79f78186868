package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.api.GetCreativesRequest;
import dev.appintel.client.model.AdNetwork;
import dev.appintel.client.model.AdType;
import dev.appintel.client.model.AdUnit;
import dev.appintel.client.model.CreativesLimit;
import dev.appintel.client.model.CreativesPage;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.model.OsIosAndroidUnified;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Creatives pages are followed by page, limit and count, lazily, without gaps or repeats. */
class PagesTest {

    private static final int TOTAL = 23;
    private static final int DEFAULT_LIMIT = 10;

    private final RecordingServer server = RecordingServer.start();
    private final AppIntelligence client = TestClients.builder(server, new FakeTime()).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void itemsAreEveryCreativeInOrderOnePagePerRequest() {
        serveCreatives();

        List<String> ids = client.pages(apis -> apis.creativeGallery().getCreatives(request(CreativesLimit.V_10, null)))
                .items(AdUnit.class).map(AdUnit::id).toList();

        assertThat(ids).containsExactlyElementsOf(allIds());
        assertThat(pagesRequested()).containsExactly("1", "2", "3");
    }

    @Test
    void pagesAreFetchedOnlyWhenTheIterationReachesThem() {
        serveCreatives();

        Iterator<CreativesPage> pages = client.pages(apis -> apis.creativeGallery()
                .getCreatives(request(CreativesLimit.V_10, null))).iterator();
        CreativesPage first = pages.next();

        assertThat(first.adUnits()).hasSize(10);
        assertThat(first.count()).isEqualTo(TOTAL);
        assertThat(pages.hasNext()).isTrue();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theIterationStartsAtThePageAskedForAndTheFirstPageSizeStandsForAMissingLimit() {
        serveCreatives();

        List<CreativesPage> pages = client.pages(apis -> apis.creativeGallery().getCreatives(request(null, 2))).stream()
                .toList();

        assertThat(pages).hasSize(2);
        assertThat(pagesRequested()).containsExactly("2", "3");
    }

    @Test
    void anEmptyPageEndsTheIterationWhateverTheCount() {
        server.answer(exchange -> Reply.json("{\"count\": 1000, \"ad_units\": []}"));

        assertThat(client.pages(apis -> apis.creativeGallery().getCreatives(request(CreativesLimit.V_10, null))).stream())
                .hasSize(1);
    }

    @Test
    void onlyAPagedOperationCanBePaged() {
        assertThatThrownBy(() -> client.pages(apis -> apis.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null,
                null))).isInstanceOf(IllegalArgumentException.class).hasMessage("getApps is not paged");
        assertThatThrownBy(() -> client.pages(apis -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the lambda called no operation");
        assertThat(server.requests()).isEmpty();
    }

    private void serveCreatives() {
        server.answer(exchange -> {
            int page = Integer.parseInt(Queries.value(exchange.query(), "page"));
            String limit = Queries.value(exchange.query(), "limit");
            int size = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit);
            String units = allIds().stream().skip((long) (page - 1) * size).limit(size)
                    .map(id -> "{\"id\": \"" + id + "\", \"network\": \"Admob\"}").collect(Collectors.joining(","));
            return Reply.json("{\"count\": " + TOTAL + ", \"ad_units\": [" + units + "]}");
        });
    }

    private static GetCreativesRequest request(CreativesLimit limit, Integer page) {
        return GetCreativesRequest.builder().os(OsIosAndroidUnified.IOS).appIds("1").startDate(LocalDate.of(2024, 1, 1))
                .countries("US").networks(AdNetwork.ADMOB).adTypes(AdType.VIDEO).limit(limit).page(page).build();
    }

    private static List<String> allIds() {
        return IntStream.range(0, TOTAL).mapToObj(i -> "creative-" + i).toList();
    }

    private List<String> pagesRequested() {
        return server.requests().stream().map(request -> Queries.value(request.query(), "page")).toList();
    }
}
