package org.innomatch.profile.profiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.innomatch.profile.profiles.ProfileRequests.create;
import static org.innomatch.profile.profiles.ProfileRequests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Every profile of this class carries the keyword {@link #tag}, and every query adds it to q, so that profiles
 * written by other test classes cannot disturb the expected results.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class ProfileSearchTest {

    private final String tag = "search" + UUID.randomUUID().toString().substring(0, 8);
    private String warsaw;
    private String fraunhofer;
    private String lodz;
    private String beijing;
    private String maple;
    private String hidden;

    // Once per class; not @BeforeAll, which runs before RestAssured knows the application's port.
    @BeforeEach
    void createProfilesOnce() {
        if (warsaw != null) {
            return;
        }
        warsaw = create(profile("Warsaw MedTech Lab", "RESEARCH_INSTITUTE", "PL", List.of("HEALTH.MEDTECH"),
                "Ultrasound probes for point-of-care imaging", "Vertriebspartner für Medizintechnik in Deutschland",
                List.of("JOINT_RESEARCH"), List.of("pl", "en"), "PUBLIC"));
        fraunhofer = create(profile("Fraunhofer-Institut für Medizintechnik", "RESEARCH_INSTITUTE", "DE",
                List.of("HEALTH.PHARMA"), "Wir entwickeln Arzneimittel und Wirkstoffe für die Krebstherapie",
                "Partner für klinische Studien in Übersee", List.of("LICENSING"), List.of("de"), "PARTICIPANTS_ONLY"));
        lodz = create(profile("Politechnika Łódzka", "UNIVERSITY", "PL",
                List.of("AI.COMPUTER_VISION", "MANUFACTURING.ROBOTICS"), "Systemy wizyjne dla robotów przemysłowych",
                "Współpraca z producentami w Chinach", List.of("TECHNOLOGY_TRANSFER"), List.of("pl"), "PUBLIC"));
        beijing = create(profile("北京智能医疗科技有限公司", "ENTERPRISE", "CN", List.of("HEALTH"),
                "人工智能辅助诊断系统，医疗器械注册", "寻找欧洲临床合作伙伴", List.of("JOINT_VENTURE", "MARKET_ACCESS"),
                List.of("zh", "en"), "PUBLIC"));
        maple = create(profile("Maple Ventures", "INVESTOR", "CA", List.of("FINTECH.PAYMENTS"),
                "Seed investment in payment start-ups", "Deal flow from Asia", List.of("INVESTMENT"),
                List.of("en", "fr"), "PUBLIC"));
        hidden = create(profile("Hidden Health Lab", "RESEARCH_INSTITUTE", "PL", List.of("HEALTH.MEDTECH"),
                "Medizintechnik", "Arzneimittel", List.of("JOINT_RESEARCH"), List.of("pl", "de"), "HIDDEN"));
    }

    private Map<String, Object> profile(String name, String kind, String country, List<String> sectors, String offers,
                                        String needs, List<String> cooperationTypes, List<String> languages,
                                        String visibility) {
        Map<String, Object> body = valid(name);
        body.put("kind", kind);
        body.put("country", country);
        body.put("sectors", sectors);
        body.put("offers", offers);
        body.put("needs", needs);
        body.put("keywords", List.of(tag));
        body.put("cooperationTypes", cooperationTypes);
        body.put("languages", languages);
        body.put("visibility", visibility);
        body.remove("organization");
        return body;
    }

    private RequestSpecification search(String text) {
        return given().queryParam("q", (tag + " " + text).strip());
    }

    private List<String> ids(RequestSpecification request) {
        return request.when().get("/profiles").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void theTagAloneFindsEveryVisibleProfileButNotTheHiddenOne() {
        assertEquals(Set.of(warsaw, fraunhofer, lodz, beijing, maple), new HashSet<>(ids(search(""))));
    }

    @Test
    void aParentSectorMatchesItsSubCodesAndASubCodeOnlyItself() {
        assertEquals(Set.of(warsaw, fraunhofer, beijing), new HashSet<>(ids(search("").queryParam("sector", "HEALTH"))));
        assertEquals(List.of(warsaw), ids(search("").queryParam("sector", "HEALTH.MEDTECH")));
        assertEquals(List.of(fraunhofer), ids(search("").queryParam("sector", "health.pharma")));
        assertEquals(List.of(lodz), ids(search("").queryParam("sector", "MANUFACTURING")));
        // a repeated or comma-separated filter matches any of its values
        assertEquals(Set.of(lodz, maple), new HashSet<>(ids(search("").queryParam("sector", "AI", "FINTECH"))));
        assertEquals(Set.of(lodz, maple), new HashSet<>(ids(search("").queryParam("sector", "AI,FINTECH"))));
        assertEquals(List.of(), ids(search("").queryParam("sector", "ENERGY")));
    }

    @Test
    void filtersByCountryKindCooperationTypeAndLanguage() {
        assertEquals(Set.of(warsaw, lodz), new HashSet<>(ids(search("").queryParam("country", "pl"))));
        assertEquals(List.of(maple), ids(search("").queryParam("kind", "INVESTOR")));
        assertEquals(Set.of(warsaw, fraunhofer), new HashSet<>(ids(search("").queryParam("kind", "RESEARCH_INSTITUTE"))));
        assertEquals(List.of(beijing), ids(search("").queryParam("cooperationType", "MARKET_ACCESS")));
        assertEquals(List.of(fraunhofer), ids(search("").queryParam("language", "DE")));
        assertEquals(Set.of(warsaw, beijing, maple), new HashSet<>(ids(search("").queryParam("language", "en"))));
    }

    @Test
    void filtersCombineWithAnd() {
        assertEquals(List.of(beijing), ids(search("").queryParam("sector", "HEALTH").queryParam("country", "CN")));
        assertEquals(List.of(warsaw), ids(search("").queryParam("sector", "HEALTH").queryParam("language", "pl")));
        assertEquals(List.of(), ids(search("").queryParam("kind", "INVESTOR").queryParam("country", "PL")));
    }

    @Test
    void freeTextMatchesGermanPolishAndChineseWords() {
        assertEquals(List.of(fraunhofer), ids(search("Arzneimittel")));
        assertEquals(List.of(fraunhofer), ids(search("übersee")));
        assertEquals(List.of(lodz), ids(search("Łódzka")));
        assertEquals(List.of(lodz), ids(search("robotów przemysłowych")));
        assertEquals(List.of(lodz), ids(search("\"systemy wizyjne\"")));
        assertEquals(List.of(beijing), ids(search("医疗器械")));
        assertEquals(List.of(beijing), ids(search("临床合作")));
        assertEquals(List.of(beijing), ids(search("智能医疗")));
        assertEquals(List.of(), ids(search("医疗合作")));
        assertEquals(List.of(maple), ids(search("payment")));
        assertEquals(List.of(), ids(search("Quantencomputer")));
    }

    @Test
    void freeTextUnderstandsWebSearchSyntax() {
        // "or" binds weaker than the implicit "and": (tag & arzneimittel) | (tag & payment)
        assertEquals(Set.of(fraunhofer, maple), new HashSet<>(ids(
                given().queryParam("q", "Arzneimittel " + tag + " or PAYMENT " + tag))));
        assertEquals(Set.of(fraunhofer, lodz), new HashSet<>(ids(
                given().queryParam("q", tag + " arzneimittel OR " + tag + " ŁÓDZKA"))));
        assertEquals(Set.of(warsaw, lodz, beijing, maple), new HashSet<>(ids(search("-Arzneimittel"))));
    }

    @Test
    void aNameMatchRanksAboveAMatchInNeeds() {
        // "Medizintechnik" is in Fraunhofer's name (weight A) and in Warsaw's needs (weight C).
        assertEquals(List.of(fraunhofer, warsaw), ids(search("Medizintechnik")));
    }

    @Test
    void listsCarryNoContactDetails() {
        given().queryParam("q", tag).when().get("/profiles").then()
                .statusCode(200).body("items.contact", everyItem(nullValue()));
    }

    @Test
    void searchResultsPageWithACursorThatKeepsTheFilters() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = search("").queryParam("sector", "HEALTH").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/profiles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(2, pages);
        assertEquals(3, seen.size());
        assertEquals(Set.of(warsaw, fraunhofer, beijing), new HashSet<>(seen));
    }

    @Test
    void pagesThroughManyEqualRankedResultsCompletelyWithoutDuplicates() {
        String pageTag = "paging" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            Map<String, Object> body = valid("Paging profile " + i);
            body.put("keywords", List.of(pageTag));
            created.add(create(body));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = given().queryParam("q", pageTag).queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/profiles").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            assertTrue(items.size() <= 5);
            seen.addAll(items);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 20);
        assertEquals(5, pages);
        assertEquals(23, seen.size(), "no duplicates");
        assertEquals(created, new HashSet<>(seen), "every profile once");
        // equal relevance falls back to the id order (PostgreSQL compares UUIDs as unsigned bytes, like their text)
        List<String> sorted = seen.stream().sorted().toList();
        assertEquals(sorted, seen);
    }

    @Test
    void thePlainListPagesInCreationOrderCompletelyAndStably() {
        for (int i = 0; i < 12; i++) {
            create(valid("Plain list profile " + i));
        }
        List<Map<String, Object>> all = given().queryParam("limit", 100).when().get("/profiles").then()
                .statusCode(200).extract().jsonPath().getList("items");
        List<String> allIds = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/profiles").then().statusCode(200).extract().jsonPath();
            allIds.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        List<String> pagedIds = new ArrayList<>();
        List<Map<String, Object>> paged = new ArrayList<>();
        cursor = null;
        do {
            RequestSpecification request = given().queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/profiles").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            paged.addAll(items);
            items.forEach(item -> pagedIds.add((String) item.get("id")));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertTrue(allIds.size() >= 12 && all.size() >= 12);
        assertEquals(allIds, pagedIds, "small pages give the same sequence as large ones");
        assertEquals(pagedIds.size(), new HashSet<>(pagedIds).size(), "no duplicates");
        for (int i = 1; i < paged.size(); i++) {
            Instant before = Instant.parse((String) paged.get(i - 1).get("createdAt"));
            Instant after = Instant.parse((String) paged.get(i).get("createdAt"));
            int byTime = before.compareTo(after);
            assertTrue(byTime < 0 || (byTime == 0 && pagedIds.get(i - 1).compareTo(pagedIds.get(i)) < 0),
                    "ordered by createdAt, then id");
        }
        assertTrue(!pagedIds.contains(hidden));
    }

    @Test
    void anEmptyResultHasNoNextCursor() {
        given().queryParam("q", tag + " nothingmatchesthis").when().get("/profiles").then()
                .statusCode(200).body("items", empty()).body("nextCursor", nullValue());
    }

    @Test
    void theExactPageSizeEndsWithoutAnEmptyExtraPage() {
        JsonPath page = search("").queryParam("sector", "HEALTH").queryParam("limit", 3)
                .when().get("/profiles").then().statusCode(200).extract().jsonPath();
        assertEquals(3, page.getList("items").size());
        assertNull(page.getString("nextCursor"));
        given().queryParam("q", tag).queryParam("kind", "UNIVERSITY").when().get("/profiles").then()
                .body("items.name", contains("Politechnika Łódzka"));
        given().queryParam("q", tag).queryParam("country", "CN", "CA").when().get("/profiles").then()
                .body("items.id", containsInAnyOrder(beijing, maple));
    }
}
