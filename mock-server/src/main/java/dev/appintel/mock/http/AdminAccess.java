package dev.appintel.mock.http;

import dev.appintel.mock.MockServerConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call the admin API. A web page the tester happens to open must not script answers or
 * read the journal, so a request is refused when it comes from another machine (unless the
 * configuration allows it), when its {@code Host} or {@code Origin} names anything but a loopback
 * name or the configured host (DNS rebinding, cross-site requests), or when it lacks the
 * configured admin token; and a write must say that its body is JSON, which a cross-site form or
 * {@code text/plain} fetch cannot without a preflight this server never grants. {@code GET
 * /__admin/health} is open to all: it tells only that the server is up.
 */
final class AdminAccess {

    /** The header that carries the admin token. */
    static final String TOKEN_HEADER = "X-Admin-Token";

    /**
     * A refused request.
     *
     * @param status  403, 401 or 415
     * @param message what was wrong
     */
    record Refusal(int status, String message) {
    }

    /**
     * The request's facts the checks look at.
     *
     * @param method      the HTTP method
     * @param path        the path under {@code /__admin}, e.g. {@code /health}
     * @param host        the {@code Host} header, or null
     * @param origin      the {@code Origin} header, or null
     * @param token       the {@code X-Admin-Token} header, or null
     * @param contentType the {@code Content-Type} header, or null
     * @param peer        the client's address
     * @param local       the address the client connected to
     */
    record Request(String method, String path, String host, String origin, String token, String contentType,
            InetSocketAddress peer, InetSocketAddress local) {
    }

    private final Set<String> hostNames;
    private final boolean remote;
    private final Optional<byte[]> token;

    AdminAccess(MockServerConfig config) {
        this.hostNames = new HashSet<>(List.of("localhost", "127.0.0.1", "::1", bare(config.host())));
        this.remote = config.remoteAdmin();
        this.token = config.adminToken().map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    /** Why the request is refused, if it is. */
    Optional<Refusal> check(Request request) {
        if (request.method().equals("GET") && request.path().equals("/health")) {
            // Health says only that the server is up, so probes from anywhere (kubelet, a container
            // runtime, a Service name) may read it without a secret or a loopback Host.
            return Optional.empty();
        }
        if (!remote && !fromThisMachine(request.peer(), request.local())) {
            return refuse(403, "The admin API answers only connections from this machine; start the server with "
                    + "--allow-remote-admin to open it to others");
        }
        if (request.host() == null || !allowed(hostName(request.host()), request.local())) {
            return refuse(403, "The admin API answers only requests whose Host is localhost, 127.0.0.1, [::1], the "
                    + "--host value or the address called; got " + shown(request.host()));
        }
        if (request.origin() != null && !allowed(originHost(request.origin()), request.local())) {
            return refuse(403, "The admin API refuses requests from web pages of other origins; got Origin "
                    + shown(request.origin()));
        }
        if (token.isPresent()) {
            if (request.token() == null) {
                return refuse(401, "The admin API requires the " + TOKEN_HEADER + " header (the --admin-token value)");
            }
            if (!MessageDigest.isEqual(token.get(), request.token().getBytes(StandardCharsets.UTF_8))) {
                return refuse(401, "The " + TOKEN_HEADER + " header does not match the --admin-token value");
            }
        }
        if (request.method().equals("POST") && !isJson(request.contentType())) {
            return refuse(415, "POST /__admin" + request.path() + " requires Content-Type: application/json; got "
                    + shown(request.contentType()));
        }
        return Optional.empty();
    }

    /**
     * Whether a name in {@code Host} or {@code Origin} is one of this server's: a page served from
     * another name (DNS rebinding, another site) is not. The address called, as a literal, counts
     * too, so that other machines can reach a server listening on a wildcard address.
     */
    private boolean allowed(String name, InetSocketAddress local) {
        return hostNames.contains(name) || local != null && local.getAddress() != null
                && bare(local.getAddress().getHostAddress()).equals(name);
    }

    private static Optional<Refusal> refuse(int status, String message) {
        return Optional.of(new Refusal(status, message));
    }

    /** Loopback, or the very address connected to: a client on this machine using one of its other addresses. */
    private static boolean fromThisMachine(InetSocketAddress peer, InetSocketAddress local) {
        InetAddress address = peer == null ? null : peer.getAddress();
        return address != null && (address.isLoopbackAddress()
                || local != null && address.equals(local.getAddress()));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    /** The name of a {@code Host} header, without port or brackets, in lower case. */
    static String hostName(String host) {
        String name = host.strip();
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            return close < 0 ? name : bare(name.substring(0, close + 1));
        }
        int colon = name.lastIndexOf(':');
        return bare(colon < 0 ? name : name.substring(0, colon));
    }

    /** The host of an {@code Origin} header, or {@code ""} when it has none ({@code null}, malformed). */
    static String originHost(String origin) {
        try {
            String host = new URI(origin.strip()).getHost();
            return host == null ? "" : bare(host);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String bare(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return name.toLowerCase(Locale.ROOT);
    }

    /** A header's value as an error names it: quoted, cut short. */
    private static String shown(String value) {
        if (value == null) {
            return "none";
        }
        return "'" + (value.length() > 100 ? value.substring(0, 100) + "..." : value) + "'";
    }
}
