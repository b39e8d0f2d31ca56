package org.innomatch.matching.readmodel;

import java.time.Duration;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * How this service's own Kafka consumer loops treat a failure: a fatal one (the broker refuses us, or our
 * configuration is wrong; retrying cannot help) stops the loop; any other Kafka failure (timeouts, metadata not
 * available, disconnects, a broker restarting) is retried after a bounded exponential back-off.
 */
public final class ConsumerRetry {

    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    public ConsumerRetry(Duration initial, Duration max) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.nextMillis = initialMillis;
    }

    /** Retrying cannot help: authorization, authentication, configuration, an unusable topic or protocol, or a bug (not a Kafka exception). */
    public static boolean isFatal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthorizationException || t instanceof AuthenticationException || t instanceof ConfigException
                    || t instanceof InvalidTopicException || t instanceof UnsupportedVersionException) {
                return true;
            }
        }
        return !(failure instanceof KafkaException);
    }

    /** The delay before the next attempt: initial, doubled after each failure, at most max. */
    public long nextDelayMillis() {
        long delay = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return delay;
    }

    /** After progress: the next failure waits the initial delay again. */
    public void reset() {
        nextMillis = initialMillis;
    }
}
