package org.innomatch.profile.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class TaxonomyResourceTest {

    @Test
    void servesTheTwelveSectorsWithThreeToSixLabelledSubCodesEach() {
        List<Map<String, Object>> sectors = given().when().get("/taxonomy/sectors").then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=3600"))
                .body("code", equalTo(List.of("HEALTH", "AI", "MANUFACTURING", "FINTECH", "ENERGY", "AGRIFOOD",
                        "MOBILITY", "ICT", "MATERIALS", "ENVIRONMENT", "AEROSPACE", "EDUCATION")))
                .body("find { it.code == 'HEALTH' }.labels.en", equalTo("Medicine and health"))
                .body("find { it.code == 'HEALTH' }.labels.zh", equalTo("医药健康"))
                .body("find { it.code == 'HEALTH' }.children.code",
                        hasItems("HEALTH.MEDTECH", "HEALTH.PHARMA", "HEALTH.DIGITAL_HEALTH"))
                .body("find { it.code == 'AI' }.children.code", hasItems("AI.NLP", "AI.COMPUTER_VISION"))
                .body("find { it.code == 'MANUFACTURING' }.children.code", hasItems("MANUFACTURING.ROBOTICS"))
                .body("find { it.code == 'FINTECH' }.children.code", hasItems("FINTECH.PAYMENTS"))
                .extract().jsonPath().getList("$");
        for (Map<String, Object> sector : sectors) {
            assertLabelled(sector);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> children = (List<Map<String, Object>>) sector.get("children");
            assertTrue(children.size() >= 3 && children.size() <= 6, sector.get("code") + " has " + children.size());
            for (Map<String, Object> child : children) {
                assertTrue(((String) child.get("code")).startsWith(sector.get("code") + "."), child.get("code").toString());
                assertLabelled(child);
                assertFalse(child.containsKey("children"));
            }
        }
    }

    @Test
    void servesTheKindsAndCooperationTypesWithEnglishAndChineseLabels() {
        List<Map<String, Object>> kinds = given().when().get("/taxonomy/kinds").then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=3600"))
                .body("code", equalTo(List.of("DIPLOMAT", "GOVERNMENT", "RESEARCH_INSTITUTE", "UNIVERSITY", "ENTERPRISE",
                        "STARTUP", "INVESTOR", "INTERMEDIARY")))
                .extract().jsonPath().getList("$");
        kinds.forEach(TaxonomyResourceTest::assertLabelled);

        List<Map<String, Object>> types = given().when().get("/taxonomy/cooperation-types").then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=3600"))
                .body("code", containsInAnyOrder("JOINT_RESEARCH", "TECHNOLOGY_TRANSFER", "LICENSING", "INVESTMENT",
                        "JOINT_VENTURE", "MARKET_ACCESS", "PILOT_CUSTOMER", "TALENT_EXCHANGE"))
                .body("find { it.code == 'JOINT_RESEARCH' }.labels.zh", equalTo("联合研发"))
                .extract().jsonPath().getList("$");
        types.forEach(TaxonomyResourceTest::assertLabelled);
    }

    @Test
    void servesEveryIsoCountryWithNames() {
        given().when().get("/taxonomy/countries").then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=3600"))
                .body("size()", equalTo(Locale.getISOCountries().length))
                .body("find { it.code == 'CN' }.labels.en", equalTo("China"))
                .body("find { it.code == 'CN' }.labels.zh", equalTo("中国"))
                .body("find { it.code == 'PL' }.labels.en", equalTo("Poland"))
                .body("find { it.code == 'DE' }.labels.zh", equalTo("德国"));
    }

    @Test
    void servesEveryIsoLanguageWithNames() {
        given().when().get("/taxonomy/languages").then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=3600"))
                .body("size()", equalTo(Locale.getISOLanguages().length))
                .body("code", hasItems("de", "en", "pl", "zh", "he"))
                .body("find { it.code == 'de' }.labels.en", equalTo("German"))
                .body("find { it.code == 'zh' }.labels.zh", equalTo("中文"));
    }

    @Test
    void everyServedSectorCodeIsAcceptedInAProfile() {
        List<String> codes = new ArrayList<>();
        List<Map<String, Object>> sectors = given().when().get("/taxonomy/sectors").then().extract().jsonPath().getList("$");
        for (Map<String, Object> sector : sectors) {
            codes.add((String) sector.get("code"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> children = (List<Map<String, Object>>) sector.get("children");
            children.forEach(child -> codes.add((String) child.get("code")));
        }
        for (int from = 0; from < codes.size(); from += 20) {
            List<String> batch = codes.subList(from, Math.min(codes.size(), from + 20));
            Map<String, Object> body = Map.of("name", "Every sector " + from, "kind", "ENTERPRISE", "country", "CN",
                    "sectors", batch);
            given().contentType(ContentType.JSON).body(body).when().post("/profiles").then()
                    .statusCode(201).body("sectors", equalTo(batch));
        }
    }

    private static void assertLabelled(Map<String, Object> entry) {
        @SuppressWarnings("unchecked")
        Map<String, String> labels = (Map<String, String>) entry.get("labels");
        assertEquals(List.of("en", "zh"), new ArrayList<>(labels.keySet()), entry.get("code") + " labels");
        labels.values().forEach(label -> assertFalse(label == null || label.isBlank(), entry + " has a blank label"));
    }
}
