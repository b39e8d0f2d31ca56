package org.innomatch.project.common;

import org.innomatch.problems.ProblemException;

/**
 * Optimistic locking over HTTP: the ETag of a resource is its version; writes name the version they were
 * based on in {@code If-Match}.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** For updates that must not be blind: a missing If-Match is 428, a stale one 412. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag of the version you read, e.g. If-Match: " + of(currentVersion));
        }
        check(ifMatch, currentVersion);
    }

    /** For writes where If-Match is optional: checked only when sent. */
    public static void checkIfPresent(String ifMatch, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            check(ifMatch, currentVersion);
        }
    }

    private static void check(String ifMatch, long currentVersion) {
        if (!matches(ifMatch, currentVersion)) {
            throw ProblemException.preconditionFailed("If-Match " + ifMatch.trim() + " does not match the current version "
                    + of(currentVersion) + "; read the resource again and reapply your change");
        }
    }

    /** RFC 9110 If-Match: a list of entity tags or {@code *}; weak tags compare by their opaque value here. */
    static boolean matches(String ifMatch, long currentVersion) {
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
