import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ceiling of the mock server benchmark: a minimal Undertow handler that answers every request
 * with the same 1 KB JSON body, straight from the I/O thread.
 * Usage: java -cp mock-server/target/appintel-mock-server.jar bench/ceiling/CeilingServer.java PORT
 */
public final class CeilingServer {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        char[] filler = new char[1024 - "{\"data\":\"\"}".length()];
        Arrays.fill(filler, 'x');
        ByteBuffer body = ByteBuffer.allocateDirect(1024)
                .put(("{\"data\":\"" + new String(filler) + "\"}").getBytes(StandardCharsets.US_ASCII)).flip();
        Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(exchange -> {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                    exchange.getResponseSender().send(body.duplicate());
                })
                .build()
                .start();
    }
}
