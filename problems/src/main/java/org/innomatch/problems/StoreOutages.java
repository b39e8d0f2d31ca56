package org.innomatch.problems;

import java.util.Set;

/**
 * Recognises a failure that means "the data store cannot be reached right now": a request that fails so should
 * be retried, not reported as a bug.
 *
 * <p>The types are matched by name because this module serves services without a MongoDB driver on their class
 * path; naming a driver class here would make their build fail.
 */
public final class StoreOutages {

    /** What {@code Retry-After} says: about the time the MongoDB driver needs to find a restarted server. */
    public static final String RETRY_AFTER_SECONDS = "2";

    static final String DETAIL = "The data store cannot be reached right now; retry shortly";

    // Base classes: a subclass (MongoSocketReadException, MongoSocketOpenException, ...) matches too.
    private static final Set<String> OUTAGE_TYPES = Set.of(
            // the connection broke, could not be opened, or a read timed out
            "com.mongodb.MongoSocketException",
            // no server was selectable within the server-selection timeout
            "com.mongodb.MongoTimeoutException",
            // the pool was cleared because the server went away while the request waited for a connection
            "com.mongodb.MongoConnectionPoolClearedException",
            // a replica set is electing a new primary
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException");

    private StoreOutages() {
    }

    /** Whether {@code failure} or one of its causes says that the store is unreachable. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (OUTAGE_TYPES.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
