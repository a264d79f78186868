package dev.appintel.mock.http;

import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.PathTemplate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the route of a request: routes with more literal segments are tried first, so that
 * {@code /v1/ios/apps/top_in_app_purchases} wins over {@code /v1/{os}/apps/...}.
 */
final class Router {

    /**
     * A matched route and the values of its path variables.
     *
     * @param route      the route
     * @param pathValues the path variables by name
     */
    record Match(OperationSpec route, Map<String, String> pathValues) {
    }

    private final List<OperationSpec> routes;

    Router(List<OperationSpec> routes) {
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt((OperationSpec route) -> route.path().literalSegments()).reversed())
                .toList();
    }

    /** The route for this method and path, if any. */
    Optional<Match> find(String method, String path) {
        List<String> segments = PathTemplate.segments(path);
        for (OperationSpec route : routes) {
            if (route.method().equalsIgnoreCase(method)) {
                Optional<Map<String, String>> values = route.path().match(segments);
                if (values.isPresent()) {
                    return Optional.of(new Match(route, values.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The methods served at this path, for a 405's {@code Allow} header. */
    List<String> methodsAt(String path) {
        List<String> segments = PathTemplate.segments(path);
        return routes.stream().filter(route -> route.path().match(segments).isPresent()).map(OperationSpec::method).distinct()
                .toList();
    }
}
