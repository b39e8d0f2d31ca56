package org.innomatch.problems;

/**
 * The {@code type} URIs of Innomatch problems. A client may switch on them; the {@code title} of a type never
 * changes. {@link #ABOUT_BLANK} means "nothing more specific than the HTTP status".
 */
public final class ProblemTypes {

    public static final String BASE = "https://innomatch.org/problems/";

    public static final String ABOUT_BLANK = "about:blank";
    /** Bean Validation or business validation rejected one or more inputs; see {@code errors}. */
    public static final String VALIDATION = BASE + "validation";
    /** The body is not well-formed JSON or a value has the wrong JSON type. */
    public static final String MALFORMED_BODY = BASE + "malformed-body";
    public static final String BODY_TOO_LARGE = BASE + "body-too-large";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String CONFLICT = BASE + "conflict";
    public static final String PRECONDITION_FAILED = BASE + "precondition-failed";
    public static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String UNAVAILABLE = BASE + "unavailable";
    public static final String INTERNAL = BASE + "internal";

    private ProblemTypes() {
    }
}
