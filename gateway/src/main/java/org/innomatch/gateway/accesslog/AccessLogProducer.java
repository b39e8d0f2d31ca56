package org.innomatch.gateway.accesslog;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The access log on standard output, or none when switched off. */
public class AccessLogProducer {

    @Produces
    @Singleton
    AccessLog accessLog(AccessLogSettings settings) {
        return settings.enabled()
                ? AccessLog.writingTo(System.out, settings.flushInterval(), settings.maxPending())
                : AccessLog.off();
    }

    void close(@Disposes AccessLog accessLog) {
        accessLog.close();
    }
}
