package org.innomatch.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The merged document built from the fake services' documents (see src/test/resources/fake-openapi). */
@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
class MergedOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> PUBLIC_PATHS = List.of(
            "/api/v1/profiles", "/api/v1/profiles/{id}", "/api/v1/taxonomy/sectors",
            "/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/projects/{id}/publish",
            "/api/v1/events", "/api/v1/events/{id}/registrations", "/api/v1/profiles/{profileId}/followed-sessions",
            "/api/v1/profiles/{id}/recommendations/projects", "/api/v1/profiles/{id}/interests", "/api/v1/events/{id}/agenda",
            "/api/v1/profiles/{id}/threads/{otherId}/messages",
            "/api/v1/profiles/{id}/notifications", "/api/v1/notifications/{id}/read", "/api/v1/webhooks",
            "/api/v1/status", "/api/v1/openapi");

    @Test
    void mergesEveryServiceIntoOneValidDocumentOfPublicPaths() throws Exception {
        GatewayTestUpstreams.matchingService().start();
        try {
            String body = awaitDocument(document -> !document.has(OpenApiMerger.WARNINGS_EXTENSION));
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body);
            assertThat(parsed.getMessages(), empty());
            OpenAPI openApi = parsed.getOpenAPI();
            assertNotNull(openApi);

            assertThat(openApi.getPaths().keySet(), hasItems(PUBLIC_PATHS.toArray(String[]::new)));
            assertThat(openApi.getPaths().keySet(), everyItem(startsWith("/api/v1/")));
            assertThat(openApi.getPaths().keySet(), not(hasItem(containsString("/diagnostics"))));
            assertThat(openApi.getPaths().keySet(), not(hasItem(containsString("/q/"))));
            assertEquals("/", openApi.getServers().get(0).getUrl());
            assertEquals(1, openApi.getServers().size());

            SecurityScheme apiKey = openApi.getComponents().getSecuritySchemes().get("apiKey");
            assertEquals(SecurityScheme.Type.APIKEY, apiKey.getType());
            assertEquals(SecurityScheme.In.HEADER, apiKey.getIn());
            assertEquals("X-API-Key", apiKey.getName());
            SecurityScheme bearer = openApi.getComponents().getSecuritySchemes().get("bearerAuth");
            assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
            assertEquals("bearer", bearer.getScheme());
            assertEquals("JWT", bearer.getBearerFormat());
            assertThat(openApi.getSecurity().stream().flatMap(r -> r.keySet().stream()).toList(),
                    hasItems("apiKey", "bearerAuth"));

            JsonNode document = JSON.readTree(body);
            assertEveryRefResolves(document);
            // "Problem" differs between the services, so each keeps its own under a prefixed name.
            Set<String> schemas = names(document.path("components").path("schemas"));
            assertThat(schemas, hasItems("ProfileService_Problem", "ProjectService_Problem", "Country", "Profile", "Recommendations"));
            assertThat(schemas, not(hasItem("Problem")));
            assertThat(schemas, not(hasItem("DiagnosticPing")));
            assertEquals("#/components/schemas/ProjectService_Problem", document.at(
                    "/paths/~1api~1v1~1events~1{id}~1registrations/post/responses/409/content/application~1problem+json/schema/$ref").asText());
            assertThat(names(document.path("tags")), not(hasItem("Diagnostics")));
            // Services' own security requirements give way to the gateway's; an explicit "public" stays.
            assertTrue(document.at("/paths/~1api~1v1~1profiles/post").path("security").isMissingNode());
            assertTrue(document.at("/paths/~1api~1v1~1taxonomy~1sectors/get/security").isArray());
        } finally {
            GatewayTestUpstreams.matchingService().stop();
        }
    }

    @Test
    void aDownServiceIsNamedInAWarningInsteadOfFailingTheDocument() throws Exception {
        String body = awaitDocument(document -> document.has(OpenApiMerger.WARNINGS_EXTENSION));
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body);
        assertThat(parsed.getMessages(), empty());
        JsonNode document = JSON.readTree(body);
        List<String> warnings = new ArrayList<>();
        document.path(OpenApiMerger.WARNINGS_EXTENSION).forEach(w -> warnings.add(w.asText()));
        assertEquals(1, warnings.size(), warnings.toString());
        assertThat(warnings.get(0), startsWith("matching-service is unavailable"));
        Set<String> paths = names(document.path("paths"));
        assertThat(paths, hasItems("/api/v1/profiles/{id}", "/api/v1/webhooks", "/api/v1/status"));
        assertThat(paths, not(hasItem("/api/v1/profiles/{id}/recommendations/projects")));
        assertEveryRefResolves(document);
    }

    @Test
    void servesYamlOnRequest() {
        given().queryParam("format", "yaml").when().get("/api/v1/openapi")
                .then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("openapi: "))
                .body(containsString("/api/v1/profiles/{id}:"));
        given().queryParam("format", "xml").when().get("/api/v1/openapi")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
    }

    @Test
    void rebuildsOnlyWhenTheCachedDocumentIsOlderThanItsMaxAge() throws Exception {
        GatewayTestUpstreams.matchingService().start();
        try {
            awaitDocument(document -> !document.has(OpenApiMerger.WARNINGS_EXTENSION));
            int fetches = GatewayTestUpstreams.profileService().openApiFetches();
            given().when().get("/api/v1/openapi").then().statusCode(200);
            assertEquals(fetches, GatewayTestUpstreams.profileService().openApiFetches(), "served from the cache");
            Thread.sleep(GatewayTestUpstreams.OPENAPI_MAX_AGE_MILLIS + 200);
            given().when().get("/api/v1/openapi").then().statusCode(200);
            assertEquals(fetches + 1, GatewayTestUpstreams.profileService().openApiFetches(), "rebuilt once expired");
        } finally {
            GatewayTestUpstreams.matchingService().stop();
        }
    }

    @Test
    void theConsoleLoadsTheMergedDocumentFirst() {
        String page = given().when().get("/console/").then().statusCode(200).extract().asString();
        assertThat(page, matchesPattern("(?s).*\\{url: \"/api/v1/openapi\", name: \"Innomatch public API\"}.*"));
        assertThat(page, matchesPattern("(?s).*\\{url: \"/q/openapi\", name: \"Gateway only\"}.*"));
        assertThat(page, matchesPattern("(?s).*\"urls.primaryName\": 'Innomatch public API'.*"));
    }

    /** Polls until the served document matches: a cached document from before a service changed state may linger up to its max age. */
    private static String awaitDocument(java.util.function.Predicate<JsonNode> wanted) throws Exception {
        Duration patience = Duration.ofMillis(GatewayTestUpstreams.OPENAPI_MAX_AGE_MILLIS + 3_000);
        return await("the wanted document").atMost(patience).pollInterval(Duration.ofMillis(100))
                .until(() -> given().accept("application/json").when().get("/api/v1/openapi")
                        .then().statusCode(200).contentType("application/json").extract().asString(),
                        body -> wanted.test(readTree(body)));
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertEveryRefResolves(JsonNode document) {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs, not(empty()));
        for (String ref : refs) {
            assertThat(ref, startsWith("#/"));
            assertTrue(!document.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collectRefs(child, refs));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(element -> names.add(element.path("name").asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

}
