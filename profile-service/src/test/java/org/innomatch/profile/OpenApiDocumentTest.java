package org.innomatch.profile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.innomatch.caller.testing.DocumentedRefusals;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class OpenApiDocumentTest {

    /** Every operation of the profile and taxonomy endpoints, with the error statuses it must document. */
    private static final Map<String, Map<String, Set<String>>> OPERATIONS = Map.of(
            "/profiles", Map.of(
                    "post", Set.of("201", "400", "403", "413", "422", "500"),
                    "get", Set.of("200", "400", "500")),
            "/profiles/{id}", Map.of(
                    "get", Set.of("200", "304", "404", "500"),
                    "put", Set.of("200", "400", "403", "404", "412", "413", "422", "428", "500"),
                    "patch", Set.of("200", "400", "403", "404", "412", "413", "415", "422", "428", "500"),
                    "delete", Set.of("204", "403", "404", "412", "500")),
            "/profiles/{id}/export", Map.of("get", Set.of("200", "403", "404", "500")),
            "/taxonomy/sectors", Map.of("get", Set.of("200", "500")),
            "/taxonomy/kinds", Map.of("get", Set.of("200", "500")),
            "/taxonomy/cooperation-types", Map.of("get", Set.of("200", "500")),
            "/taxonomy/countries", Map.of("get", Set.of("200", "500")),
            "/taxonomy/languages", Map.of("get", Set.of("200", "500")));

    /**
     * The operations that can refuse the caller (403): creating a profile (participants may not), and changing,
     * erasing or exporting a profile the caller does not manage. Reading, listing and the taxonomy never do.
     */
    private static final Set<String> FORBIDDEN_OPERATIONS = Set.of(
            "POST /profiles",
            "PUT /profiles/{id}",
            "PATCH /profiles/{id}",
            "DELETE /profiles/{id}",
            "GET /profiles/{id}/export");

    private static JsonPath openApi() {
        return given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void documentsEveryOperationWithItsErrorsAsProblems() {
        JsonPath document = openApi();
        Map<String, Object> paths = document.getMap("paths");
        for (var path : OPERATIONS.entrySet()) {
            assertTrue(paths.containsKey(path.getKey()), "missing path " + path.getKey());
            for (var operation : path.getValue().entrySet()) {
                String where = path.getKey() + " " + operation.getKey();
                Map<String, Object> op = document.getMap("paths.'" + path.getKey() + "'." + operation.getKey());
                assertNotNull(op, "missing operation " + where);
                assertNotNull(op.get("summary"), "no summary on " + where);
                assertNotNull(op.get("tags"), "no tag on " + where);
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                assertTrue(responses.keySet().containsAll(operation.getValue()),
                        where + " documents " + responses.keySet() + ", expected " + operation.getValue());
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
                        assertNotNull(content, where + " " + status + " has no content");
                        Map<String, Object> problem = content.get("application/problem+json");
                        assertNotNull(problem, where + " " + status + " is not a problem");
                        assertNotNull(problem.get("examples"), where + " " + status + " has no example");
                    }
                });
            }
        }
    }

    @Test
    void writeOperationsHaveExampleBodiesAndEveryParameterIsDescribed() {
        JsonPath document = openApi();
        for (String write : List.of("paths.'/profiles'.post", "paths.'/profiles/{id}'.put")) {
            Map<String, Object> example = document.getMap(write + ".requestBody.content.'application/json'.examples");
            assertFalse(example == null || example.isEmpty(), write + " has no example body");
        }
        assertNotNull(document.getMap("paths.'/profiles/{id}'.patch.requestBody.content.'application/merge-patch+json'.examples"));
        for (String operation : List.of("paths.'/profiles'.get", "paths.'/profiles/{id}'.get", "paths.'/profiles/{id}'.put",
                "paths.'/profiles/{id}'.patch", "paths.'/profiles/{id}'.delete", "paths.'/profiles/{id}/export'.get")) {
            List<Map<String, Object>> parameters = document.getList(operation + ".parameters");
            assertFalse(parameters.isEmpty(), operation);
            for (Map<String, Object> parameter : parameters) {
                assertNotNull(parameter.get("description"), operation + " parameter " + parameter.get("name"));
            }
        }
        List<String> listParameters = document.getList("paths.'/profiles'.get.parameters.name");
        assertEquals(Set.of("sector", "country", "kind", "cooperationType", "language", "q", "cursor", "limit"),
                Set.copyOf(listParameters));
    }

    @Test
    void exactlyTheOperationsThatCanRefuseTheCallerDocument403() {
        assertEquals(new TreeSet<>(FORBIDDEN_OPERATIONS), DocumentedRefusals.operationsDocumenting403());
    }
}
