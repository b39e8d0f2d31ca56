package org.innomatch.problems;

/**
 * Entity tags and the conditional headers of every service (RFC 9110 §8.8.3, §13.1). A tag is the resource's
 * version in quotes, {@code "3"}; a service that serves several representations of one version gives each its own
 * opaque tag ({@link #of(String)}). {@code If-Match} compares strongly, so a weak tag {@code W/"3"} never matches:
 * a write must be based on exactly the bytes the client read. {@code If-None-Match} compares weakly. Both accept
 * {@code *} and comma-separated lists.
 */
public final class EntityTags {

    private static final String WEAK_PREFIX = "W/";

    private EntityTags() {
    }

    public static String of(long version) {
        return of(Long.toString(version));
    }

    /** The strong tag with this opaque value, e.g. {@code "3-without-contact"}. */
    public static String of(String opaque) {
        return "\"" + opaque + "\"";
    }

    /** Whether an {@code If-Match} header names the current tag (strong comparison); false when absent. */
    public static boolean ifMatchAccepts(String header, String current) {
        return isPresent(header) && anyMatches(header, current, false);
    }

    /** Whether an {@code If-None-Match} header names the current tag (weak comparison); false when absent. */
    public static boolean ifNoneMatchHits(String header, String current) {
        return isPresent(header) && anyMatches(header, current, true);
    }

    /** For writes that must not be blind: a missing {@code If-Match} is a 428 problem. */
    public static void requirePresent(String ifMatch) {
        if (!isPresent(ifMatch)) {
            throw ProblemException.preconditionRequired("Send If-Match with the ETag of the version you read, "
                    + "so that a concurrent change is not overwritten");
        }
    }

    /** A missing {@code If-Match} is a 428 problem, one that does not name the current version a 412. */
    public static void require(String ifMatch, long currentVersion) {
        if (!isPresent(ifMatch)) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag of the version you read, e.g. If-Match: " + of(currentVersion));
        }
        checkIfPresent(ifMatch, currentVersion);
    }

    /** For writes where {@code If-Match} is optional: when sent, one that does not match is a 412 problem. */
    public static void checkIfPresent(String ifMatch, long currentVersion) {
        if (isPresent(ifMatch) && !ifMatchAccepts(ifMatch, of(currentVersion))) {
            throw ProblemException.preconditionFailed("If-Match " + ifMatch.strip()
                    + " does not match the current ETag " + of(currentVersion)
                    + "; read the resource again and reapply your change");
        }
    }

    private static boolean isPresent(String header) {
        return header != null && !header.isBlank();
    }

    private static boolean anyMatches(String header, String current, boolean weakComparison) {
        for (String listed : header.split(",")) {
            String tag = listed.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith(WEAK_PREFIX)) {
                if (!weakComparison) {
                    continue;
                }
                tag = tag.substring(WEAK_PREFIX.length());
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
