package org.innomatch.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTableTest {

    private final RouteTable table = RouteTable.publicApi();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/v1/profiles/p1/recommendations/projects, matching-service",
            "/api/v1/profiles/p1/recommendations, matching-service",
            "/api/v1/profiles/p1/interests, matching-service",
            "/api/v1/profiles/p1/interests/i1, matching-service",
            "/api/v1/projects/j1/recommendations/participants, matching-service",
            "/api/v1/events/e1/meetings, matching-service",
            "/api/v1/events/e1/meetings/m1/decline, matching-service",
            "/api/v1/events/e1/schedule, matching-service",
            "/api/v1/events/e1/agenda, matching-service",
            "/api/v1/events/e1/stats, matching-service",
            "/api/v1/events/e1/availability/p1, matching-service",
            "/api/v1/events/e1/meetings/m1/outcome, matching-service",
            "/api/v1/profiles/p1/matches, matching-service",
            "/api/v1/profiles/p1/threads, matching-service",
            "/api/v1/profiles/p1/threads/p2/messages, matching-service",
            "/api/v1/profiles/p1/threads/p2/read, matching-service",
            "/api/v1/profiles/p1/threadsx, profile-service",
            "/api/v1/profiles/p1/notification-preferences, notification-service",
            "/api/v1/profiles/p1/notifications, notification-service",
            "/api/v1/profiles/p1/notifications/stream, notification-service",
            "/api/v1/notifications/n1/read, notification-service",
            "/api/v1/webhooks, notification-service",
            "/api/v1/webhooks/w1, notification-service",
            "/api/v1/profiles, profile-service",
            "/api/v1/profiles/, profile-service",
            "/api/v1/profiles/p1, profile-service",
            "/api/v1/profiles/p1/contact, profile-service",
            "/api/v1/taxonomy/sectors, profile-service",
            "/api/v1/projects, project-service",
            "/api/v1/projects/j1/close, project-service",
            "/api/v1/events, project-service",
            "/api/v1/events/e1, project-service",
            "/api/v1/events/e1/registrations, project-service",
            "/api/v1/events/e1/registrations/p1/check-in, project-service",
            "/api/v1/events/e1/meetings/m1/no-show, matching-service",
            "/api/v1/events/e1/sessions, project-service",
            "/api/v1/events/e1/sessions/s1/followers/p1, project-service",
            "/api/v1/profiles/p1/followed-sessions, project-service",
            "/api/v1/profiles/p1/followed-sessionsx, profile-service",
            "/api/v1/events/e1/meetingsroom, project-service",
            "/api/v1/status, -",
            "/api/v1/openapi, -",
            "/api/v1/diagnostics/pings, -",
            "/api/v1/profilesearch, -",
            "/api/v1, -",
            "/profiles/p1, -",
            "/q/health, -" })
    void sendsEachPathToItsOwner(String path, String owner) {
        Optional<String> expected = owner.equals("-") ? Optional.empty() : Optional.of(owner);
        assertEquals(expected, table.routeFor(path).map(Route::service));
    }

    @ParameterizedTest
    @CsvSource({ "/api/v1/profiles/p1, /profiles/p1", "/api/v1/webhooks, /webhooks" })
    void stripsThePublicPrefix(String publicPath, String internalPath) {
        assertEquals(internalPath, RouteTable.internalPath(publicPath));
        assertEquals(publicPath, RouteTable.publicPath(internalPath));
    }
}
