package org.innomatch.problems;

import io.vertx.core.http.HttpServerRequest;

/**
 * The path a caller used, for a problem's {@code instance}: behind the gateway a service serves
 * {@code /profiles/…}, while the client called {@code /api/v1/profiles/…}. The gateway says so in
 * {@code X-Forwarded-Prefix}.
 *
 * <p>A prefix is taken only if it looks like one (a slash, then at most 100 letters, digits, {@code / - . _}), so a
 * header sent to a service directly cannot put arbitrary text into its answers.
 */
public final class PublicPaths {

    public static final String PREFIX_HEADER = "X-Forwarded-Prefix";

    private static final int MAX_PREFIX_LENGTH = 100;

    private PublicPaths() {
    }

    /** The path {@code request} was called by, behind the gateway or not. */
    public static String of(HttpServerRequest request) {
        return of(request.getHeader(PREFIX_HEADER), request.path());
    }

    /** {@code prefixHeader + path}, or {@code path} alone when the header is absent or not a plain path prefix. */
    public static String of(String prefixHeader, String path) {
        if (prefixHeader == null || !isPlainPrefix(prefixHeader)) {
            return path;
        }
        String prefix = prefixHeader.endsWith("/") ? prefixHeader.substring(0, prefixHeader.length() - 1)
                : prefixHeader;
        if (prefix.isEmpty() || path == null || path.startsWith(prefix + "/") || path.equals(prefix)) {
            return path;
        }
        return prefix + (path.startsWith("/") ? path : "/" + path);
    }

    private static boolean isPlainPrefix(String value) {
        if (value.isEmpty() || value.length() > MAX_PREFIX_LENGTH || value.charAt(0) != '/' || value.contains("//")
                || value.contains("..")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '/' || c == '-' || c == '.' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
