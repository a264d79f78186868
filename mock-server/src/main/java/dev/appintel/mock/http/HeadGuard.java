package dev.appintel.mock.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.xnio.XnioExecutor;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitReadableByteChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSourceConduit;

/**
 * The bottom of a connection's read side, under Undertow: every request head passes a
 * {@link HeadScanner} before Undertow sees it.
 * <ul>
 * <li>A head that arrives whole in one read (nearly all of them) passes at once, uncopied.</li>
 * <li>A head that has not ended yet is held back until it has, and timed: if it is still not
 *     whole after the request timeout, it is answered 408. Undertow itself would only close the
 *     connection.</li>
 * <li>A head the scanner refuses is dropped, with the rest of what the connection sends, and
 *     replaced by the {@link HeadRefusal.Relay} stand-in that gets it a JSON answer; Undertow then
 *     closes the connection.</li>
 * </ul>
 * While it holds bytes for Undertow, it asks for a read as soon as Undertow wants one, since the
 * socket will not signal bytes it has already given up. Methods are synchronized because the
 * timer and a worker thread reading a body may both reach it; uncontended, that costs nothing
 * measurable.
 */
final class HeadGuard extends AbstractStreamSourceConduit<StreamSourceConduit> {

    private static final byte[] NOTHING = new byte[0];

    private final HeadScanner scanner = new HeadScanner();
    private final HeadRefusal.Relay relay;
    private final long requestTimeoutMillis;

    /** The start of a head that has not ended: bytes Undertow has not been given. */
    private byte[] held = NOTHING;
    private int heldLength;
    /** Bytes for Undertow before anything more is read from the socket, or {@code null}. */
    private ByteBuffer ready;
    /** Whether the connection's head was refused: everything it sends from then on is dropped. */
    private boolean refused;
    private XnioExecutor.Key timer;

    HeadGuard(StreamSourceConduit next, HeadRefusal.Relay relay, long requestTimeoutMillis) {
        super(next);
        this.relay = relay;
        this.requestTimeoutMillis = requestTimeoutMillis;
    }

    @Override
    public synchronized int read(ByteBuffer dst) throws IOException {
        if (ready != null) {
            return deliverReady(dst);
        }
        int start = dst.position();
        int read = next.read(dst);
        if (read <= 0) {
            return read;
        }
        if (refused) {
            dst.position(start);
            return 0;
        }
        int end = dst.position();
        int passable = scanner.scan(dst, start, end);
        if (scanner.refusal() != null) {
            dst.position(passable);
            refuse(scanner.refusal());
            return passable > start ? passable - start : deliverReady(dst);
        }
        if (heldLength == 0) {
            if (passable < end) {
                hold(dst, passable, end);
                dst.position(passable);
                startTimer();
            }
            return passable - start;
        }
        if (passable == start && scanner.inHead()) {
            hold(dst, start, end);
            dst.position(start);
            return 0;
        }
        // The held head has ended: it goes out first, then what followed it; a new head that has
        // not ended is held in its place.
        ByteBuffer out = ByteBuffer.allocate(heldLength + passable - start);
        out.put(held, 0, heldLength).put(dst.duplicate().position(start).limit(passable)).flip();
        release();
        stopTimer();
        if (passable < end) {
            hold(dst, passable, end);
            startTimer();
        }
        dst.position(start);
        ready = out;
        return deliverReady(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
        for (int i = offs; i < offs + len; i++) {
            if (dsts[i].hasRemaining()) {
                return read(dsts[i]);
            }
        }
        return 0;
    }

    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        return target.transferFrom(new ConduitReadableByteChannel(this), position, count);
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return Conduits.transfer(this, count, throughBuffer, target);
    }

    @Override
    public synchronized void resumeReads() {
        if (ready != null) {
            next.wakeupReads();
        } else {
            next.resumeReads();
        }
    }

    @Override
    public synchronized void awaitReadable() throws IOException {
        if (ready == null) {
            next.awaitReadable();
        }
    }

    @Override
    public synchronized void awaitReadable(long time, TimeUnit timeUnit) throws IOException {
        if (ready == null) {
            next.awaitReadable(time, timeUnit);
        }
    }

    @Override
    public synchronized void terminateReads() throws IOException {
        stopTimer();
        next.terminateReads();
    }

    private int deliverReady(ByteBuffer dst) {
        int count = Math.min(dst.remaining(), ready.remaining());
        dst.put(ready.duplicate().limit(ready.position() + count));
        ready.position(ready.position() + count);
        if (!ready.hasRemaining()) {
            ready = null;
        }
        return count;
    }

    private void hold(ByteBuffer bytes, int from, int to) {
        int length = to - from;
        if (heldLength + length > held.length) {
            held = Arrays.copyOf(held, Math.max(heldLength + length, held.length * 2));
        }
        bytes.duplicate().position(from).limit(to).get(held, heldLength, length);
        heldLength += length;
    }

    /** Forgets the held bytes; a long head's array is let go with them. */
    private void release() {
        heldLength = 0;
        held = NOTHING;
    }

    private void refuse(HeadRefusal refusal) {
        refused = true;
        release();
        stopTimer();
        ready = ByteBuffer.wrap(relay.standIn(refusal));
    }

    private void startTimer() {
        timer = next.getReadThread().executeAfter(this::timedOut, requestTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void stopTimer() {
        if (timer != null) {
            timer.remove();
            timer = null;
        }
    }

    private synchronized void timedOut() {
        timer = null;
        if (heldLength == 0 || refused) {
            return;
        }
        refuse(new HeadRefusal(408, "Request timeout: the request's head did not arrive whole within "
                + requestTimeoutMillis + " ms"));
        if (next.isReadResumed()) {
            next.wakeupReads();
        }
    }
}
