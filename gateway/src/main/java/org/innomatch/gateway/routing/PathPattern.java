package org.innomatch.gateway.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * A path template compared segment by segment: a literal segment matches itself, {@code {name}} matches any one
 * non-empty segment, and a trailing {@code **} (either {@code /x/**} or {@code /x**}) also admits any deeper segments.
 *
 * @param segments   the fixed-length part of the template
 * @param openEnded  whether deeper paths match too
 */
public record PathPattern(List<String> segments, boolean openEnded) {

    private static final String ANY_DEEPER = "**";

    public PathPattern {
        segments = List.copyOf(segments);
    }

    public static PathPattern parse(String template) {
        boolean openEnded = template.endsWith(ANY_DEEPER);
        String fixed = openEnded ? template.substring(0, template.length() - ANY_DEEPER.length()) : template;
        return new PathPattern(split(fixed), openEnded);
    }

    public boolean matches(List<String> pathSegments) {
        if (pathSegments.size() < segments.size() || (!openEnded && pathSegments.size() != segments.size())) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String actual = pathSegments.get(i);
            if (isVariable(expected) ? actual.isEmpty() : !expected.equals(actual)) {
                return false;
            }
        }
        return true;
    }

    /** Splits {@code /a/b/} into {@code [a, b]}; empty segments between slashes are kept. */
    public static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int slash = trimmed.indexOf('/'); slash >= 0; slash = trimmed.indexOf('/', start)) {
            parts.add(trimmed.substring(start, slash));
            start = slash + 1;
        }
        parts.add(trimmed.substring(start));
        return parts;
    }

    private static boolean isVariable(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return "/" + String.join("/", segments) + (openEnded ? ANY_DEEPER : "");
    }
}
