package dev.appintel.mock.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The check of a Host header's value, {@code host [":" port]} as URIs write an authority without
 * user info: a registered name or IPv4 address of unreserved, sub-delimiter and percent-encoded
 * characters, or a bracketed IPv6 or future IP literal, and a port from 1 to 65535. It is at least
 * as strict as Undertow's own check, which answers an empty 400, so that every Host Undertow would
 * refuse is refused by {@link HeadScanner} first, in JSON.
 */
final class HostHeader {

    private static final boolean[] NAME = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            NAME[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            NAME[c] = true;
            NAME[Character.toUpperCase(c)] = true;
        }
        for (char c : "-._~!$&'()*+,;=".toCharArray()) {
            NAME[c] = true;
        }
    }

    private HostHeader() {
    }

    /**
     * What is wrong with a Host header, or {@code null} when nothing is.
     *
     * @param value     the header's value, trimmed
     * @param authority the authority of an absolute-form target ({@code http://authority/...}), which
     *                  the Host must be part of, or {@code null} for an origin-form target
     */
    static String problem(String value, String authority) {
        String host = value;
        int close = value.lastIndexOf(']');
        int colon = value.lastIndexOf(':');
        if (colon > close) {
            if (close < 0 && value.startsWith("[")) {
                return "Invalid Host header: the IP literal has no closing ]";
            }
            String port = value.substring(colon + 1);
            if (!HeadScanner.digits(port, 5) || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                return "Invalid Host header: the port must be a number from 1 to 65535";
            }
            host = value.substring(0, colon);
        }
        String problem = host.startsWith("[") || close >= 0 ? literalProblem(host) : nameProblem(host);
        if (problem != null) {
            return "Invalid Host header: " + problem;
        }
        if (authority != null && (host.isEmpty() || !authority.contains(host))) {
            return "The Host header does not name the host of the request target";
        }
        return null;
    }

    private static String literalProblem(String host) {
        if (!host.startsWith("[") || !host.endsWith("]") || host.length() < 3) {
            return "an IP literal is written [address]";
        }
        String address = host.substring(1, host.length() - 1);
        if (address.startsWith("v")) {
            return address.matches("v[0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~!$&'()*+,;=:]+") ? null
                    : "the IP literal is neither IPv6 nor vHEX.text";
        }
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            return "the IP literal is not an IPv6 address";
        }
        try {
            // A bracketed text is parsed as an IPv6 literal, never looked up.
            InetAddress.getByName("[" + address + "]");
            return null;
        } catch (UnknownHostException e) {
            return "the IP literal is not an IPv6 address";
        }
    }

    private static String nameProblem(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '%') {
                if (i + 2 >= host.length() || Character.digit(host.charAt(i + 1), 16) < 0
                        || Character.digit(host.charAt(i + 2), 16) < 0) {
                    return "% in the host name must be followed by two hexadecimal digits";
                }
                i += 2;
            } else if (c >= 128 || !NAME[c]) {
                return String.format("the host name holds the character 0x%02X, which must be percent-encoded", (int) c);
            }
        }
        return null;
    }
}
