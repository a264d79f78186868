package dev.appintel.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A stand-in for a Pact Broker on loopback, for tests: the three resources a provider verification
 * reads (the index, the pacts for verification, one pact), serving one pact whatever the selectors,
 * and recording the selectors it was asked with.
 */
final class StandInBroker {

    private StandInBroker() {
    }

    /** Starts it on a free port; every body POSTed to it is added to {@code asked}. */
    static HttpServer start(byte[] pact, List<String> asked) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (exchange.getRequestMethod().equals("POST")) {
                    asked.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                }
                if (path.equals("/")) {
                    answer(exchange, 200, ("{\"_links\":{\"pb:provider-pacts-for-verification\":{\"href\":\"" + base
                            + "/pacts/provider/{provider}/for-verification\",\"templated\":true}}}")
                            .getBytes(StandardCharsets.UTF_8));
                } else if (path.endsWith("/for-verification")) {
                    answer(exchange, 200, ("{\"_embedded\":{\"pacts\":[{\"shortDescription\":\"deployed to production\","
                            + "\"verificationProperties\":{\"pending\":false,\"notices\":[]},"
                            + "\"_links\":{\"self\":{\"href\":\"" + base + "/pacts/deployed\",\"name\":\"the deployed "
                            + "client's pact\"}}}]}}").getBytes(StandardCharsets.UTF_8));
                } else if (path.equals("/pacts/deployed")) {
                    answer(exchange, 200, pact);
                } else {
                    answer(exchange, 404, "{}".getBytes(StandardCharsets.UTF_8));
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/hal+json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
