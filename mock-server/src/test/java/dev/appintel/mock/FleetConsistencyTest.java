package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a fleet of replicas relies on (deploy/kubernetes): two servers started apart with one seed
 * and one today answer a valid request for every operation of the spec, and every {@code os} it
 * accepts, with the same bytes, while a server with another seed answers most of them otherwise.
 * The containers' version of this is the Testcontainers module's FleetIT.
 */
class FleetConsistencyTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @Test
    void serversWithOneSeedAnswerEveryOperationByteForByteAlike() {
        MockServerConfig config = MockServerConfig.defaults().withPort(0).withSeed(11).withToday(TODAY);
        try (MockServer first = MockServer.start(config);
                MockServer second = MockServer.start(config);
                MockServer other = MockServer.start(config.withSeed(12))) {
            List<String> requests = requests();
            assertThat(requests).hasSizeGreaterThanOrEqualTo(SpecDocument.operations().size());
            int differentWithOtherSeed = 0;
            for (String request : requests) {
                HttpResponse<String> a = Http.get(first.baseUrl(), request);
                HttpResponse<String> b = Http.get(second.baseUrl(), request);
                assertThat(a.statusCode()).as(request + "\n" + a.body()).isEqualTo(200);
                assertThat(b.statusCode()).as(request).isEqualTo(200);
                assertThat(b.body()).as(request).isEqualTo(a.body());
                if (!Http.get(other.baseUrl(), request).body().equals(a.body())) {
                    differentWithOtherSeed++;
                }
            }
            assertThat(differentWithOtherSeed).isGreaterThan(requests.size() / 2);
        }
    }

    /** A valid request for every operation of the spec and every os it accepts. */
    private static List<String> requests() {
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
