package org.innomatch.gateway.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
        return isSane(offered) ? offered : generate();
    }

    /**
     * A random (version 4) UUID. Request ids must be unique, not secret: ThreadLocalRandom instead of
     * {@link UUID#randomUUID()}'s SecureRandom, which read {@code /dev/urandom} under a lock for every call.
     */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
        long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
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

    /** The id assigned to this request by {@code RequestIdRoute}. */
    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
