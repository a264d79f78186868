package dev.appintel.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two replicas, as a Kubernetes Deployment runs them: started with one seed and one today, they
 * answer every operation of the spec (each {@code os} it accepts) with the same status and the
 * same bytes; a replica with another seed does not.
 */
class FleetIT {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @Test
    void replicasWithOneSeedAnswerEveryOperationByteForByteAlike() throws Exception {
        MockImage.ensureLoaded();
        try (AppIntelligenceMockContainer first = new AppIntelligenceMockContainer().withSeed(11).withToday(TODAY);
                AppIntelligenceMockContainer second = new AppIntelligenceMockContainer().withSeed(11).withToday(TODAY);
                AppIntelligenceMockContainer other = new AppIntelligenceMockContainer().withSeed(12).withToday(TODAY)) {
            first.start();
            second.start();
            other.start();
            List<String> requests = requests();
            assertThat(requests).hasSizeGreaterThanOrEqualTo(SpecDocument.operations().size());
            int differentWithOtherSeed = 0;
            for (String request : requests) {
                HttpResponse<String> a = AppIntelligenceMockContainerIT.get(first.baseUrl(), request.substring(1));
                HttpResponse<String> b = AppIntelligenceMockContainerIT.get(second.baseUrl(), request.substring(1));
                assertThat(a.statusCode()).as(request + "\n" + a.body()).isEqualTo(200);
                assertThat(b.statusCode()).as(request).isEqualTo(200);
                assertThat(b.body()).as(request).isEqualTo(a.body());
                if (!AppIntelligenceMockContainerIT.get(other.baseUrl(), request.substring(1)).body().equals(a.body())) {
                    differentWithOtherSeed++;
                }
            }
            // Another seed is another world: most answers differ (a few, such as lists of enum
            // values, hold nothing the seed decides).
            assertThat(differentWithOtherSeed).isGreaterThan(requests.size() / 2);
        }
    }

    /** A valid request for every operation of the spec and every os it accepts. */
    private static List<String> requests() throws IOException {
        List<String> requests = new ArrayList<>();
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            List<String> systems = operation.osValues().isEmpty() ? List.of("") : operation.osValues();
            for (String os : systems) {
                requests.add(ValidRequests.uri(operation, os, ValidRequests.query(operation, os), "fleet-token"));
            }
        }
        return requests;
    }
}
