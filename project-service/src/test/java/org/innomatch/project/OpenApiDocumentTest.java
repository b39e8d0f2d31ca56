package org.innomatch.project;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.innomatch.caller.testing.DocumentedRefusals;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class OpenApiDocumentTest {

    private static final Map<String, Set<String>> OPERATIONS = Map.ofEntries(
            Map.entry("/projects", Set.of("get", "post")),
            Map.entry("/projects/{id}", Set.of("get", "put", "patch", "delete")),
            Map.entry("/projects/{id}/publish", Set.of("post")),
            Map.entry("/projects/{id}/close", Set.of("post")),
            Map.entry("/events", Set.of("get", "post")),
            Map.entry("/events/{id}", Set.of("get", "put", "patch")),
            Map.entry("/events/{eventId}/registrations", Set.of("get", "post")),
            Map.entry("/events/{eventId}/registrations/{profileId}", Set.of("get", "delete")),
            Map.entry("/events/{eventId}/registrations/{profileId}/check-in", Set.of("post", "delete")),
            Map.entry("/events/{eventId}/sessions", Set.of("get", "post")),
            Map.entry("/events/{eventId}/sessions/{sessionId}", Set.of("get", "patch", "delete")),
            Map.entry("/events/{eventId}/sessions/{sessionId}/followers/{profileId}", Set.of("put", "delete")),
            Map.entry("/profiles/{profileId}/followed-sessions", Set.of("get")));

    /**
     * The operations that can refuse the caller (403): project writes by a caller that does not manage the project
     * (or a participant presenting it for another profile), event and programme writes by anyone but an admin, and
     * registrations, follows and followed sessions of a profile the caller does not manage, and check-ins by
     * anyone but an admin or the registering partner. Reads of shared things
     * never refuse.
     */
    private static final Set<String> FORBIDDEN_OPERATIONS = Set.of(
            "POST /projects",
            "PUT /projects/{id}",
            "PATCH /projects/{id}",
            "DELETE /projects/{id}",
            "POST /projects/{id}/publish",
            "POST /projects/{id}/close",
            "POST /events",
            "PUT /events/{id}",
            "PATCH /events/{id}",
            "POST /events/{eventId}/registrations",
            "DELETE /events/{eventId}/registrations/{profileId}",
            "POST /events/{eventId}/registrations/{profileId}/check-in",
            "DELETE /events/{eventId}/registrations/{profileId}/check-in",
            "POST /events/{eventId}/sessions",
            "PATCH /events/{eventId}/sessions/{sessionId}",
            "DELETE /events/{eventId}/sessions/{sessionId}",
            "PUT /events/{eventId}/sessions/{sessionId}/followers/{profileId}",
            "DELETE /events/{eventId}/sessions/{sessionId}/followers/{profileId}",
            "GET /profiles/{profileId}/followed-sessions");

    private JsonPath openApi;

    @BeforeEach
    void readDocument() {
        openApi = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void listsEveryPathAndOperation() {
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        OPERATIONS.forEach((path, methods) -> {
            assertTrue(paths.containsKey(path), "missing path " + path);
            assertTrue(paths.get(path).keySet().containsAll(methods), path + " lacks some of " + methods);
        });
    }

    @Test
    void everyOperationIsSummarisedTaggedAndDocumentsItsErrorsAsProblems() {
        List<String> gaps = new ArrayList<>();
        OPERATIONS.forEach((path, methods) -> methods.forEach(method -> {
            String at = "paths['" + path + "']." + method;
            if (openApi.getString(at + ".summary") == null) {
                gaps.add(method + " " + path + ": no summary");
            }
            if (openApi.getList(at + ".tags") == null) {
                gaps.add(method + " " + path + ": no tag");
            }
            Map<String, Map<String, Object>> responses = openApi.getMap(at + ".responses");
            boolean documentsAnError = false;
            for (Map.Entry<String, Map<String, Object>> response : responses.entrySet()) {
                int status = Integer.parseInt(response.getKey());
                if (status >= 400) {
                    documentsAnError = true;
                    Object problem = openApi.get(at + ".responses['" + status + "'].content['application/problem+json']");
                    if (problem == null) {
                        gaps.add(method + " " + path + ": " + status + " is not application/problem+json");
                    }
                }
            }
            if (!documentsAnError) {
                gaps.add(method + " " + path + ": no error response");
            }
            for (Map<String, Object> parameter : openApi.<Map<String, Object>>getList(at + ".parameters") == null
                    ? List.<Map<String, Object>>of() : openApi.<Map<String, Object>>getList(at + ".parameters")) {
                if (parameter.get("description") == null) {
                    gaps.add(method + " " + path + ": parameter " + parameter.get("name") + " undescribed");
                }
            }
        }));
        assertEquals(List.of(), gaps);
    }

    @Test
    void requestBodiesCarryExamples() {
        for (String at : List.of("paths['/projects'].post", "paths['/projects/{id}'].put", "paths['/projects/{id}'].patch",
                "paths['/events'].post", "paths['/events/{id}'].put", "paths['/events/{id}'].patch",
                "paths['/events/{eventId}/registrations'].post", "paths['/events/{eventId}/sessions'].post",
                "paths['/events/{eventId}/sessions/{sessionId}'].patch")) {
            Map<String, Object> content = openApi.getMap(at + ".requestBody.content");
            assertNotNull(content, at + " has no request body");
            boolean hasExample = content.values().stream()
                    .anyMatch(media -> media instanceof Map<?, ?> m && (m.get("examples") != null || m.get("example") != null));
            assertTrue(hasExample, at + " has no example body");
        }
        assertFalse(openApi.getMap("components.schemas").isEmpty());
        assertNotNull(openApi.get("components.schemas.Problem"));
    }

    @Test
    void exactlyTheOperationsThatCanRefuseTheCallerDocument403() {
        assertEquals(new TreeSet<>(FORBIDDEN_OPERATIONS), DocumentedRefusals.operationsDocumenting403());
    }
}
