package dev.appintel.mock.http;

import io.undertow.UndertowOptions;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * The mock's HTTP/1.1 listener: Undertow's HTTP protocol on an XNIO server socket, started here
 * rather than through Undertow's builder so that every connection's read side gets a
 * {@link HeadGuard} under it. That is what turns Undertow's empty 400s and silent closes into
 * JSON answers (400, 408, 414, 431, 505) naming what was wrong.
 */
public final class HttpListener implements AutoCloseable {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final XnioWorker worker;
    private final AcceptingChannel<StreamConnection> server;

    private HttpListener(XnioWorker worker, AcceptingChannel<StreamConnection> server) {
        this.worker = worker;
        this.server = server;
    }

    /**
     * Starts listening.
     *
     * @param host                 the address to bind
     * @param port                 the port; 0 picks a free one
     * @param workerThreads        how many threads run handlers
     * @param requestTimeoutMillis how long a request's head may take to arrive whole before a 408
     * @param idleTimeoutMillis    how long a connection may wait for its next request before it is closed
     * @param handler              the root handler
     * @return the running listener
     */
    public static HttpListener start(String host, int port, int workerThreads, long requestTimeoutMillis,
            long idleTimeoutMillis, HttpHandler handler) {
        int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        HeadRefusal.Relay relay = new HeadRefusal.Relay();
        OptionMap undertowOptions = OptionMap.builder()
                // The target is passed through undecoded and checked by RequestTarget; heads are
                // checked by HeadGuard first, within limits below Undertow's own.
                .set(UndertowOptions.DECODE_URL, false)
                .set(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .set(UndertowOptions.MAX_HEADER_SIZE, 1024 * 1024)
                .set(UndertowOptions.MAX_HEADERS, 2 * HeadScanner.MAX_FIELDS)
                .set(UndertowOptions.MAX_PARAMETERS, 512 * 1024)
                .set(UndertowOptions.MAX_ENTITY_SIZE, 64L * 1024)
                // Only a connection past a chunked body, which HeadGuard leaves unchecked, can leave
                // Undertow a half-read head; there Undertow's timeout closes it.
                .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) requestTimeoutMillis)
                .set(UndertowOptions.NO_REQUEST_TIMEOUT, (int) idleTimeoutMillis)
                .set(UndertowOptions.BUFFER_PIPELINED_DATA, true)
                .getMap();
        HttpOpenListener http = new HttpOpenListener(new DefaultByteBufferPool(true, BUFFER_BYTES), undertowOptions);
        http.setRootHandler(exchange -> {
            HeadRefusal refusal = relay.refusalOf(exchange);
            if (refusal == null) {
                handler.handleRequest(exchange);
                return;
            }
            exchange.getResponseHeaders().put(Headers.DATE, HttpDate.now());
            exchange.setPersistent(false);
            Senders.send(exchange, HttpReply.json(refusal.status(), Json.error(refusal.message()), "malformed"), 0);
        });
        ChannelListener<StreamConnection> guarded = connection -> {
            connection.getSourceChannel().setConduit(
                    new HeadGuard(connection.getSourceChannel().getConduit(), relay, requestTimeoutMillis));
            http.handleEvent(connection);
        };
        try {
            XnioWorker worker = Xnio.getInstance(HttpListener.class.getClassLoader()).createWorker(OptionMap.builder()
                    .set(Options.WORKER_IO_THREADS, ioThreads)
                    .set(Options.WORKER_TASK_CORE_THREADS, workerThreads)
                    .set(Options.WORKER_TASK_MAX_THREADS, workerThreads)
                    .set(Options.TCP_NODELAY, true)
                    .set(Options.CORK, true)
                    .getMap());
            AcceptingChannel<StreamConnection> server = worker.createStreamConnectionServer(
                    new InetSocketAddress(host, port), ChannelListeners.openListenerAdapter(guarded), OptionMap.builder()
                            .set(Options.TCP_NODELAY, true)
                            .set(Options.REUSE_ADDRESSES, true)
                            .set(Options.BALANCING_TOKENS, 1)
                            .set(Options.BALANCING_CONNECTIONS, 2)
                            .set(Options.BACKLOG, 1000)
                            .getMap());
            server.resumeAccepts();
            return new HttpListener(worker, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** @return the port it listens on */
    public int port() {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /** Stops accepting connections and stops its threads. */
    @Override
    public void close() {
        IoUtils.safeClose(server);
        worker.shutdownNow();
    }
}
