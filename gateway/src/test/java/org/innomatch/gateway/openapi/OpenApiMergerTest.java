package org.innomatch.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.innomatch.gateway.routing.RouteTable;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiInfo INFO = new ApiInfo("Innomatch public API", "0.1.0", "test");

    private final OpenApiMerger merger = new OpenApiMerger(RouteTable.publicApi());

    @Test
    void keepsIdenticalComponentsOnceAndRenamesDifferingOnesWithTheirRefs() throws Exception {
        ObjectNode profiles = doc("""
                {"openapi":"3.1.0","paths":{"/profiles":{"get":{"operationId":"list","responses":{"200":{"description":"ok",
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}}}}}},
                 "components":{"schemas":{
                   "Page":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/Item"}}}},
                   "Item":{"type":"object","properties":{"name":{"type":"string"}}},
                   "Country":{"type":"string"}}}}""");
        ObjectNode projects = doc("""
                {"openapi":"3.1.0","paths":{"/projects":{"get":{"operationId":"list","responses":{"200":{"description":"ok",
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}}}}},
                  "/events":{"get":{"responses":{"200":{"description":"ok",
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Country"}}}}}}}},
                 "components":{"schemas":{
                   "Page":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/Item"}}}},
                   "Item":{"type":"object","properties":{"title":{"type":"string"}}},
                   "Country":{"type":"string"}}}}""");

        JsonNode merged = merger.merge(List.of(new SourceDocument("profile-service", profiles),
                new SourceDocument("project-service", projects)), List.of(), INFO);

        // Item differs, so it is renamed; Page is textually identical but refers to a different Item, so it is too.
        assertThat(names(merged.path("components").path("schemas")), containsInAnyOrder(
                "ProfileService_Item", "ProjectService_Item", "ProfileService_Page", "ProjectService_Page", "Country",
                OpenApiMerger.PROBLEM_SCHEMA));
        assertEquals("#/components/schemas/ProjectService_Page",
                merged.at("/paths/~1api~1v1~1projects/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/ProjectService_Item",
                merged.at("/components/schemas/ProjectService_Page/properties/items/items/$ref").asText());
        assertEquals("list", merged.at("/paths/~1api~1v1~1profiles/get/operationId").asText());
        assertEquals("projectServiceList", merged.at("/paths/~1api~1v1~1projects/get/operationId").asText());
        // The same input gives the same document.
        assertEquals(merged, merger.merge(List.of(new SourceDocument("profile-service", profiles),
                new SourceDocument("project-service", projects)), List.of(), INFO));
    }

    @Test
    void optionalParametersCarryTheirExampleInTheDescriptionSoTheConsoleDoesNotPreFillThem() throws Exception {
        ObjectNode profiles = doc("""
                {"openapi":"3.1.0","paths":{"/profiles":{"get":{"parameters":[
                  {"name":"sector","in":"query","description":"Only these sectors","schema":{"type":"array",
                   "items":{"type":"string"}},"example":"HEALTH"},
                  {"name":"If-None-Match","in":"header","schema":{"type":"string","example":"W/\\"3\\""}},
                  {"name":"kind","in":"query","required":true,"schema":{"type":"array","items":{"type":"string"}},
                   "example":"STARTUP"}],
                  "responses":{"200":{"description":"ok"}}}}}}""");

        JsonNode merged = merger.merge(List.of(new SourceDocument("profile-service", profiles)), List.of(), INFO);

        JsonNode parameters = merged.at("/paths/~1api~1v1~1profiles/get/parameters");
        assertFalse(parameters.get(0).has("example"));
        assertEquals("Only these sectors. Example: HEALTH", parameters.get(0).path("description").asText());
        assertFalse(parameters.get(1).has("example") || parameters.get(1).path("schema").has("example"));
        assertEquals("Example: W/\"3\"", parameters.get(1).path("description").asText());
        assertEquals("[\"STARTUP\"]", parameters.get(2).path("example").toString(), "a required array keeps an array example");
    }

    @Test
    void aMergePatchBodyGetsItsResourcesSchemaWithoutRequiredFields() throws Exception {
        ObjectNode projects = doc("""
                {"openapi":"3.1.0","paths":{"/projects/{id}":{
                  "patch":{"requestBody":{"content":{"application/merge-patch+json":{
                    "schema":{"$ref":"#/components/schemas/Project"}}}},"responses":{"200":{"description":"ok",
                    "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Project"}}}}}}}},
                 "components":{"schemas":{"Project":{"type":"object","required":["title"],
                   "properties":{"title":{"type":"string"},"trl":{"type":"integer"}}}}}}""");

        JsonNode merged = merger.merge(List.of(new SourceDocument("project-service", projects)), List.of(), INFO);

        String patchBody = "/paths/~1api~1v1~1projects~1{id}/patch/requestBody/content/application~1merge-patch+json";
        assertEquals("#/components/schemas/ProjectMergePatch", merged.at(patchBody + "/schema/$ref").asText());
        assertEquals("#/components/schemas/Project", merged.at(
                "/paths/~1api~1v1~1projects~1{id}/patch/responses/200/content/application~1json/schema/$ref").asText());
        JsonNode patch = merged.at("/components/schemas/ProjectMergePatch");
        assertFalse(patch.has("required"), patch.toString());
        assertEquals(merged.at("/components/schemas/Project/properties"), patch.path("properties"));
        assertEquals("[\"title\"]", merged.at("/components/schemas/Project/required").toString());
    }

    @Test
    void aGatewaySchemaNamingADownServicesSchemaBecomesAFreeFormObject() throws Exception {
        ObjectNode gateway = doc("""
                {"openapi":"3.1.0","paths":{"/api/v1/me/home":{"get":{"responses":{"200":{"description":"ok",
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Home"}}}}}}}},
                 "components":{"schemas":{"Home":{"type":"object","properties":{
                   "profile":{"$ref":"#/components/schemas/Profile","description":"as GET /profiles/{id}"}}}}}}""");
        ObjectNode profiles = doc("""
                {"openapi":"3.1.0","paths":{"/profiles/{id}":{"get":{"responses":{"200":{"description":"ok",
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Profile"}}}}}}}},
                 "components":{"schemas":{"Profile":{"type":"object","properties":{"name":{"type":"string"}}}}}}""");

        JsonNode whole = merger.merge(List.of(new SourceDocument("profile-service", profiles),
                new SourceDocument(SourceDocument.GATEWAY, gateway)), List.of(), INFO);
        JsonNode profileDown = merger.merge(List.of(new SourceDocument(SourceDocument.GATEWAY, gateway)),
                List.of(new MissingSource("profile-service", "ConnectException")), INFO);

        assertEquals("#/components/schemas/Profile",
                whole.at("/components/schemas/Home/properties/profile/$ref").asText());
        JsonNode loose = profileDown.at("/components/schemas/Home/properties/profile");
        assertFalse(loose.has("$ref"), loose.toString());
        assertEquals("object", loose.path("type").asText());
        assertEquals("as GET /profiles/{id}", loose.path("description").asText());
    }

    @Test
    void keepsOnlyPathsTheRouteTableGivesToTheDocumentsOwner() throws Exception {
        ObjectNode matching = doc("""
                {"openapi":"3.1.0","paths":{
                  "/profiles/{id}/recommendations/projects":{"get":{"responses":{"200":{"description":"ok"}}}},
                  "/profiles/{id}":{"get":{"responses":{"200":{"description":"ok"}}}},
                  "/diagnostics/index":{"get":{"responses":{"200":{"description":"ok",
                    "content":{"application/json":{"schema":{"$ref":"#/components/schemas/IndexStats"}}}}}}},
                  "/q/info":{"get":{"responses":{"200":{"description":"ok"}}}}},
                 "components":{"schemas":{"IndexStats":{"type":"object"}}}}""");
        ObjectNode gateway = doc("""
                {"openapi":"3.1.0","paths":{
                  "/api/v1/status":{"get":{"responses":{"200":{"description":"ok"}}}},
                  "/api/v1/profiles":{"get":{"responses":{"200":{"description":"ok"}}}},
                  "/q/health":{"get":{"responses":{"200":{"description":"ok"}}}}}}""");

        JsonNode merged = merger.merge(List.of(new SourceDocument("matching-service", matching),
                new SourceDocument(SourceDocument.GATEWAY, gateway)), List.of(), INFO);

        assertThat(names(merged.path("paths")), containsInAnyOrder(
                "/api/v1/profiles/{id}/recommendations/projects", "/api/v1/status"));
        assertFalse(merged.path("components").path("schemas").has("IndexStats"), "IndexStats only served a dropped path");
        assertTrue(merged.path("components").path("securitySchemes").has("apiKey"));
    }

    @Test
    void everyOperationListsTheGatewaysOwnAnswers() throws Exception {
        ObjectNode matching = doc("""
                {"openapi":"3.1.0","paths":{
                  "/profiles/{id}/recommendations/projects":{"get":{"responses":{"200":{"description":"ok"},
                    "503":{"description":"the index is being rebuilt"}}}}}}""");
        ObjectNode gateway = doc("""
                {"openapi":"3.1.0","paths":{
                  "/api/v1/status":{"get":{"security":[],"responses":{"200":{"description":"ok"}}}},
                  "/api/v1/me/home":{"get":{"responses":{"200":{"description":"ok"}}}}}}""");

        JsonNode merged = merger.merge(List.of(new SourceDocument("matching-service", matching),
                new SourceDocument(SourceDocument.GATEWAY, gateway)), List.of(), INFO);

        JsonNode proxied = merged.path("paths").path("/api/v1/profiles/{id}/recommendations/projects").path("get").path("responses");
        assertThat(names(proxied), containsInAnyOrder("200", "401", "429", "502", "503", "504"));
        assertEquals("the index is being rebuilt", proxied.path("503").path("description").asText(), "the service's own 503 is kept");
        assertEquals("#/components/schemas/" + OpenApiMerger.PROBLEM_SCHEMA,
                proxied.path("401").path("content").path("application/problem+json").path("schema").path("$ref").asText());
        assertTrue(proxied.path("401").path("headers").has("WWW-Authenticate"));
        assertThat(names(proxied.path("429").path("headers")),
                containsInAnyOrder("Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"));
        assertThat(names(merged.path("paths").path("/api/v1/me/home").path("get").path("responses")),
                containsInAnyOrder("200", "401", "429"));
        assertThat(names(merged.path("paths").path("/api/v1/status").path("get").path("responses")), containsInAnyOrder("200"));
        assertTrue(merged.path("components").path("schemas").path(OpenApiMerger.PROBLEM_SCHEMA).path("properties").has("status"));
    }

    @Test
    void namesMissingSourcesInAWarningExtension() throws Exception {
        JsonNode merged = merger.merge(List.of(), List.of(new MissingSource("matching-service", "ConnectException")), INFO);
        assertEquals(1, merged.path(OpenApiMerger.WARNINGS_EXTENSION).size());
        assertTrue(merged.path(OpenApiMerger.WARNINGS_EXTENSION).get(0).asText().startsWith("matching-service is unavailable"));
        assertFalse(merger.merge(List.of(), List.of(), INFO).has(OpenApiMerger.WARNINGS_EXTENSION));
    }

    private static ObjectNode doc(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
