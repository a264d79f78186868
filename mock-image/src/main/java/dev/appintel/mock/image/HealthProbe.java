package dev.appintel.mock.image;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The container image's health check: exits 0 when the mock server of this container answers
 * {@code GET /__admin/health} with 200, and 1 otherwise, printing what it got (the container engine
 * keeps the output with the health status). It runs in a JVM of its own each time the engine calls
 * it, so it uses nothing but {@code java.base} and starts in a fraction of a second.
 */
public final class HealthProbe {

    /** Where the server of the image listens: the image starts it on port 4010. */
    public static final String DEFAULT_URL = "http://127.0.0.1:4010/__admin/health";

    private static final int TIMEOUT_MILLIS = 3000;

    private HealthProbe() {
    }

    /**
     * Checks the server once.
     *
     * @param args the health URL, {@link #DEFAULT_URL} when absent
     */
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : DEFAULT_URL;
        String problem = problem(URI.create(url));
        if (problem == null) {
            System.out.println("healthy: " + url + " answered 200");
            return;
        }
        System.out.println("unhealthy: " + problem);
        System.exit(1);
    }

    /** What is wrong with the server at this URL, or null when it answers 200. */
    static String problem(URI url) {
        try {
            // No proxy: the server is in this container, whatever the environment says.
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            try {
                int status = connection.getResponseCode();
                return status == 200 ? null : url + " answered " + status + ": " + body(connection);
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return url + " did not answer: " + e;
        }
    }

    private static String body(HttpURLConnection connection) throws IOException {
        try (InputStream in = connection.getErrorStream() != null ? connection.getErrorStream() : connection.getInputStream()) {
            String text = new String(in.readNBytes(500), StandardCharsets.UTF_8);
            return text.strip();
        }
    }
}
