package org.innomatch.profile.profiles;

/**
 * Entity tags of profiles: the version in quotes, {@code "3"}. If-Match compares strongly, If-None-Match weakly
 * (RFC 9110 §13.1); both accept {@code *} and comma-separated lists.
 */
final class EntityTags {

    private EntityTags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static boolean ifMatchAccepts(String header, long version) {
        return anyMatches(header, version, false);
    }

    static boolean ifNoneMatchHits(String header, long version) {
        return header != null && anyMatches(header, version, true);
    }

    private static boolean anyMatches(String header, long version, boolean weakAllowed) {
        String current = of(version);
        for (String raw : header.split(",")) {
            String tag = raw.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                if (!weakAllowed) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
