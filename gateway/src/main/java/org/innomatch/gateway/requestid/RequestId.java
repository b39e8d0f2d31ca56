package org.innomatch.gateway.requestid;

import java.util.UUID;

import io.vertx.ext.web.RoutingContext;

/** The id that ties a client's call to the gateway's and the services' log lines. */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";

    /** Key of the id in the {@link RoutingContext} and the logging MDC. */
    public static final String KEY = "requestId";

    private static final int MAX_LENGTH = 128;

    private RequestId() {
    }

    /** The client's id if it is one we can safely log and forward, otherwise a fresh UUID. */
    public static String acceptOrGenerate(String offered) {
        return isSane(offered) ? offered : UUID.randomUUID().toString();
    }

    /** At most 128 characters of {@code [A-Za-z0-9._-]}: nothing that could forge a log line or a header. */
    public static boolean isSane(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** The id assigned to this request by {@link RequestIdRoute}. */
    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
