package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.mock.json.JsonTree;
import dev.appintel.mock.json.JsonWriter;
import dev.appintel.runtime.BoundRequest;
import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.Shape;
import java.util.function.Function;

/**
 * Makes up the body of a successful response: the route's 200 shape, walked generically with the
 * request's values, from the universe. The same universe and the same request always give the
 * same body.
 */
public final class ResponseSynthesizer {

    private final Function<String, Shape> shapes;
    private final Universe universe;
    private final ObjectPlans plans = new ObjectPlans();
    private final long maxBytes;

    /**
     * A synthesizer whose written bodies may be of any size.
     *
     * @param shapes   the named shapes by schema name
     * @param universe the data universe
     */
    public ResponseSynthesizer(Function<String, Shape> shapes, Universe universe) {
        this(shapes, universe, Long.MAX_VALUE);
    }

    /**
     * A synthesizer that refuses to write a body larger than {@code maxBytes}.
     *
     * @param shapes   the named shapes by schema name
     * @param universe the data universe
     * @param maxBytes the largest body {@link #write} makes, estimated before most of it is made
     */
    public ResponseSynthesizer(Function<String, Shape> shapes, Universe universe, long maxBytes) {
        this.shapes = shapes;
        this.universe = universe;
        this.maxBytes = maxBytes;
    }

    /** @return the data universe */
    public Universe universe() {
        return universe;
    }

    /**
     * The body of a 200 response to a valid request.
     *
     * @param route   the matched operation
     * @param request its bound parameters
     * @return the body
     * @throws IllegalStateException when the route declares no 200 body
     * @throws TooLargeException    when the body would exceed the bounds on rows, objects or periods
     */
    public JsonNode body(OperationSpec route, BoundRequest request) {
        JsonTree tree = new JsonTree();
        walker(route, request).walk(bodyShape(route), tree);
        return tree.root();
    }

    /**
     * Writes the body of a 200 response to a valid request: the JSON of {@link #body}, written
     * as it is made.
     *
     * @param route   the matched operation
     * @param request its bound parameters
     * @param out     where the JSON goes
     * @throws IllegalStateException when the route declares no 200 body
     * @throws TooLargeException    when the body would exceed the bounds on rows, objects, periods or bytes
     */
    public void write(OperationSpec route, BoundRequest request, JsonWriter out) {
        walker(route, request).walk(bodyShape(route), out);
    }

    private BodyWalker walker(OperationSpec route, BoundRequest request) {
        return new BodyWalker(shapes, plans, new RequestFacts(route, request, universe), maxBytes);
    }

    private static Shape bodyShape(OperationSpec route) {
        return route.reply(200).flatMap(reply -> reply.body())
                .orElseThrow(() -> new IllegalStateException(route.operationId() + " declares no 200 body"));
    }
}
