package org.innomatch.project.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.ProjectApi;
import org.innomatch.project.testsupport.Profiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Every query is scoped to an owner profile created for this class, so projects of other tests never show up.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectSearchTest {

    private UUID owner;
    private final Map<String, String> ids = new LinkedHashMap<>();

    // Not @BeforeAll: REST Assured points at the application only from the first test on.
    @BeforeEach
    void createProjectsOnce() {
        if (owner != null) {
            return;
        }
        owner = Profiles.known("Roadshow organiser");
        create("cardio", "Wearable ECG patch with edge AI", "Atrial fibrillation screening at home", "IL",
                List.of("HEALTH.MEDTECH", "AI"), 6, List.of("INVESTMENT"), List.of("arrhythmia", "wearable"), true);
        create("pharma", "Oncology biomarker platform", "Companion diagnostics for lung cancer", "CA",
                List.of("HEALTH"), 4, List.of("LICENSING", "JOINT_RESEARCH"), List.of("biomarker"), true);
        create("robots", "Collaborative welding robots", "Intelligent manufacturing cells for SMEs", "PL",
                List.of("MANUFACTURING", "AI.ROBOTICS"), 8, List.of("JOINT_VENTURE"), List.of("welding"), false);
        create("payments", "Cross-border payment rails", "Instant settlement between Warsaw and Beijing", "PL",
                List.of("FINTECH"), null, List.of("MARKET_ACCESS"), List.of("payments", "wearable"), true);
        create("health-ai", "Healthcare chatbot triage", "Symptom triage for rural clinics", "CN",
                List.of("AI"), 3, List.of("PILOT_CUSTOMER"),
                List.of("triage"), false);
        for (int i = 0; i < 7; i++) {
            create("filler-" + i, "Green hydrogen electrolyser " + i, "Alkaline electrolysis stack", "CA",
                    List.of("ENERGY"), 5, List.of("TECHNOLOGY_TRANSFER"), List.of("hydrogen"), false);
        }
    }

    @Test
    void aParentSectorMatchesItsSubCodes() {
        assertEquals(names("cardio", "pharma"), namesOf(query().queryParam("sector", "HEALTH")));
        assertEquals(names("cardio"), namesOf(query().queryParam("sector", "HEALTH.MEDTECH")));
        assertEquals(names("cardio", "robots", "health-ai"), namesOf(query().queryParam("sector", "AI")));
        assertEquals(names("robots"), namesOf(query().queryParam("sector", "AI.ROBOTICS")));
    }

    @Test
    void filtersCombine() {
        assertEquals(names("robots", "payments"), namesOf(query().queryParam("country", "PL")));
        assertEquals(names("payments"), namesOf(query().queryParam("country", "PL").queryParam("status", "PUBLISHED")));
        assertEquals(names("cardio", "pharma", "payments"), namesOf(query().queryParam("status", "PUBLISHED")));
        assertEquals(names("pharma"), namesOf(query().queryParam("cooperationType", "LICENSING")));
        assertEquals(names("cardio", "robots"), namesOf(query().queryParam("trlMin", 6)));
        assertEquals(names("pharma", "health-ai"), namesOf(query().queryParam("trlMax", 4)));
        assertEquals(names("cardio"), namesOf(query().queryParam("trlMin", 6).queryParam("trlMax", 7)));
        assertEquals(names("pharma"), namesOf(query().queryParam("trlMin", 4).queryParam("trlMax", 4)
                .queryParam("sector", "HEALTH").queryParam("country", "CA")));
    }

    @Test
    void fullTextSearchesTitleSummaryAndKeywords() {
        assertEquals(names("cardio", "payments"), namesOf(query().queryParam("q", "wearable")));
        assertEquals(names("pharma"), namesOf(query().queryParam("q", "lung cancer")));
        assertEquals(names("payments"), namesOf(query().queryParam("q", "Beijing")));
        assertEquals(names("cardio", "payments"), namesOf(query().queryParam("q", "arrhythmia OR settlement")));
        assertEquals(names("cardio"), namesOf(query().queryParam("q", "wearable -payments")));
        assertEquals(names(), namesOf(query().queryParam("q", "\"rural chatbot\"")));
        assertEquals(names("cardio"), namesOf(query().queryParam("q", "wearable").queryParam("sector", "AI")));
    }

    @Test
    void pagesAreCompleteStableAndWithoutDuplicates() {
        List<String> all = namesOf(query().queryParam("limit", 100));
        assertEquals(12, all.size());

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = query().queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/projects").then().statusCode(200).extract().jsonPath();
            List<String> titles = page.getList("items.title");
            paged.addAll(titles.stream().map(this::nameOf).toList());
            cursor = page.getString("nextCursor");
            pages++;
            if (cursor != null) {
                assertEquals(5, titles.size());
            }
        } while (cursor != null);

        assertEquals(3, pages);
        assertEquals(all, paged, "pages concatenated give the full list, in the same order");
        assertEquals(all.size(), new HashSet<>(paged).size(), "no duplicates");
        // Newest first.
        assertEquals("filler-6", all.get(0));
        assertEquals("cardio", all.get(all.size() - 1));
    }

    @Test
    void aProjectCreatedWhilePagingDoesNotShiftLaterPages() {
        JsonPath first = query().queryParam("limit", 4).when().get("/projects").then().extract().jsonPath();
        String cursor = first.getString("nextCursor");
        assertNotNull(cursor);
        UUID otherOwner = Profiles.known("Late roadshow entry");
        ProjectApi.create(otherOwner);
        Map<String, Object> body = ProjectApi.body(owner);
        body.put("title", "Late entry");
        String late = ProjectApi.create(body).getString("id");
        try {
            List<String> rest = new ArrayList<>();
            while (cursor != null) {
                JsonPath page = query().queryParam("limit", 4).queryParam("cursor", cursor)
                        .when().get("/projects").then().extract().jsonPath();
                rest.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
            }
            assertEquals(8, rest.size(), "the newer project sorts before the cursor, not into later pages");
        } finally {
            given().when().delete("/projects/" + late).then().statusCode(204);
        }
    }

    @Test
    void badParametersAre400NamingThem() {
        given().queryParam("limit", 0).when().get("/projects").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().queryParam("limit", 101).when().get("/projects").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().queryParam("cursor", "not-a-cursor").when().get("/projects").then().statusCode(400)
                .body("errors.field", contains("cursor"));
        given().queryParam("cursor", "djF8MXwy").when().get("/projects").then().statusCode(400)
                .body("errors.field", contains("cursor"));
        given().queryParam("status", "OPEN").when().get("/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].allowed", contains("DRAFT", "PUBLISHED", "CLOSED"));
        given().queryParam("sector", "SPACE").when().get("/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("sector")).body("errors[0].allowed", hasItem("HEALTH"));
        given().queryParam("cooperationType", "HUGS").when().get("/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("cooperationType"));
        given().queryParam("country", "ZZ").when().get("/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        given().queryParam("ownerProfileId", "me").when().get("/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("ownerProfileId"));
        given().queryParam("trlMin", 7).queryParam("trlMax", 3).when().get("/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("trlMin"));
        given().queryParam("trlMin", 0).when().get("/projects").then().statusCode(400)
                .body("errors.field", hasItem("trlMin"));
    }

    @Test
    void anEmptyResultHasNoCursor() {
        query().queryParam("q", "nonexistentwordxyz").when().get("/projects").then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", nullValue());
        given().queryParam("ownerProfileId", UUID.randomUUID().toString()).when().get("/projects").then()
                .body("items", hasSize(0));
        assertNull(query().queryParam("limit", 100).when().get("/projects").then().extract().path("nextCursor"));
        assertEquals(List.of("pharma"), namesOf(query().queryParam("sector", "HEALTH").queryParam("limit", 1)),
                "the newest match only");
    }

    private RequestSpecification query() {
        return given().queryParam("ownerProfileId", owner.toString());
    }

    private List<String> namesOf(RequestSpecification request) {
        List<String> titles = request.when().get("/projects").then().statusCode(200).extract().jsonPath()
                .getList("items.title");
        return titles.stream().map(this::nameOf).toList();
    }

    private String nameOf(String title) {
        return ids.entrySet().stream().filter(e -> e.getValue().equals(title)).map(Map.Entry::getKey).findFirst()
                .orElse(title);
    }

    /** The names in listing order (newest first), i.e. the reverse of creation order. */
    private List<String> names(String... names) {
        List<String> inCreationOrder = new ArrayList<>(ids.keySet());
        return inCreationOrder.stream().filter(List.of(names)::contains)
                .sorted((a, b) -> Integer.compare(inCreationOrder.indexOf(b), inCreationOrder.indexOf(a))).toList();
    }

    private void create(String name, String title, String summary, String country, List<String> sectors, Integer trl,
                        List<String> cooperationTypes, List<String> keywords, boolean publish) {
        Map<String, Object> body = ProjectApi.body(owner);
        body.put("title", title);
        body.put("summary", summary);
        body.put("country", country);
        body.put("sectors", sectors);
        body.put("trl", trl);
        body.put("cooperationTypes", cooperationTypes);
        body.put("keywords", keywords);
        String id = ProjectApi.create(body).getString("id");
        ids.put(name, title);
        if (publish) {
            ProjectApi.publish(id);
        }
    }
}
