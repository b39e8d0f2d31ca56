package org.innomatch.gateway.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.innomatch.infra.Ports;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The one set of fake services every gateway test runs against (so Quarkus starts once for all of them).
 * profile-, project- and notification-service are up; matching-service is down (nothing listens on its port)
 * until a test calls {@link #matchingService()}{@code .start()} — and that test stops it again when done.
 * notification-service has a 1 s response timeout so the timeout case is quick to test.
 */
public class GatewayTestUpstreams implements QuarkusTestResourceLifecycleManager {

    public static final long NOTIFICATION_TIMEOUT_MILLIS = 1_000;
    // Long enough that the next request is served from the cache even on a busy CI machine (1 s was not).
    public static final long OPENAPI_MAX_AGE_MILLIS = 4_000;

    private static FakeUpstream profile;
    private static FakeUpstream project;
    private static FakeUpstream matching;
    private static FakeUpstream notification;

    @Override
    public Map<String, String> start() {
        int[] ports = Ports.free(4);
        profile = new FakeUpstream("profile-service", ports[0]);
        project = new FakeUpstream("project-service", ports[1]);
        matching = new FakeUpstream("matching-service", ports[2]);
        notification = new FakeUpstream("notification-service", ports[3]);
        profile.start();
        project.start();
        notification.start();

        Map<String, String> config = new LinkedHashMap<>();
        config.put("innomatch.gateway.profile-service-url", profile.url());
        config.put("innomatch.gateway.project-service-url", project.url());
        config.put("innomatch.gateway.matching-service-url", matching.url());
        config.put("innomatch.gateway.notification-service-url", notification.url());
        config.put("innomatch.gateway.timeouts.notification-service", NOTIFICATION_TIMEOUT_MILLIS + "ms");
        config.put("innomatch.gateway.openapi.max-age", OPENAPI_MAX_AGE_MILLIS + "ms");
        config.put("innomatch.gateway.openapi.incomplete-max-age", "0s");
        return config;
    }

    @Override
    public void stop() {
        for (FakeUpstream upstream : new FakeUpstream[] { profile, project, matching, notification }) {
            if (upstream != null) {
                upstream.stop();
            }
        }
    }

    public static FakeUpstream profileService() {
        return profile;
    }

    public static FakeUpstream projectService() {
        return project;
    }

    public static FakeUpstream matchingService() {
        return matching;
    }

    public static FakeUpstream notificationService() {
        return notification;
    }
}
