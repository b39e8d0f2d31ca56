package org.innomatch.profile.profiles;

/**
 * Entity tags of profiles: the version in quotes, {@code "3"}, for the representation with the contact details (the
 * one those who may change the profile read), and {@code "3-without-contact"} for the one without. Each
 * representation needs its own tag: a participant whose cached copy lacks the contact details must not be told
 * "not modified" once a mutual match has opened them. If-Match compares strongly, If-None-Match weakly
 * (RFC 9110 §13.1); both accept {@code *} and comma-separated lists.
 */
final class EntityTags {

    private EntityTags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static String of(long version, boolean withContact) {
        return withContact ? of(version) : "\"" + version + "-without-contact\"";
    }

    static boolean ifMatchAccepts(String header, long version) {
        return anyMatches(header, of(version), false);
    }

    static boolean ifNoneMatchHits(String header, String current) {
        return header != null && anyMatches(header, current, true);
    }

    private static boolean anyMatches(String header, String current, boolean weakAllowed) {
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
