package org.innomatch.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ProblemMappersTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("requestId", notNullValue())
                .header(RequestIds.HEADER, notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void namesEveryInvalidBodyFieldIncludingNestedOnesAndListElements() {
        String body = """
                {"title": " ", "sectors": ["HEALTH", "space"], "trl": 12,
                 "fundingSought": {"amount": -5, "currency": "euro"}}""";
        problem(given().contentType(ContentType.JSON).body(body).post("/test/projects").then(), 400)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("title", equalTo("Validation failed"))
                .body("instance", equalTo("/test/projects"))
                .body("detail", equalTo("5 invalid fields"))
                .body("errors.field", contains("fundingSought.amount", "fundingSought.currency", "sectors[1]",
                        "title", "trl"))
                .body("errors.find { it.field == 'sectors[1]' }.message", equalTo("must be a sector code"))
                .body("errors.find { it.field == 'sectors[1]' }.rejectedValue", equalTo("space"))
                .body("errors.find { it.field == 'fundingSought.currency' }.rejectedValue", equalTo("euro"))
                .body("errors.find { it.field == 'trl' }.rejectedValue", equalTo("12"));
    }

    @Test
    void aMissingBodyIsOneErrorWithoutField() {
        problem(given().contentType(ContentType.JSON).post("/test/projects").then(), 400)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("errors", hasSize(1))
                .body("errors[0].field", nullValue())
                .body("errors[0].message", notNullValue());
    }

    @Test
    void namesQueryParametersAsTheClientSendsThem() {
        problem(given().queryParam("limit", 0).queryParam("page-size", -1).get("/test/projects").then(), 400)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("errors.field", contains("limit", "page-size"))
                .body("errors[0].rejectedValue", equalTo("0"));
    }

    @Test
    void aQueryNumberThatDoesNotParseIsA400NamingTheParameter() {
        for (String limit : new String[] {"2147483648", "abc", "1.5"}) {
            problem(given().queryParam("limit", limit).get("/test/projects").then(), 400)
                    .body("type", equalTo(ProblemTypes.VALIDATION))
                    .body("errors.field", contains("limit"))
                    .body("errors[0].rejectedValue", equalTo(limit))
                    .body("errors[0].message", containsString("integer"));
        }
        problem(given().queryParam("page-size", "9999999999").get("/test/projects").then(), 400)
                .body("errors.field", contains("page-size"));
    }

    @Test
    void anyQueryValueThatDoesNotConvertIsA400NamingTheParameter() {
        problem(given().queryParam("since", "yesterday").get("/test/projects/search").then(), 400)
                .body("errors.field", contains("since"));
        problem(given().queryParam("stage", "DRAFT").queryParam("stage", "MOON").get("/test/projects/search").then(),
                400).body("errors.field", contains("stage")).body("errors[0].rejectedValue", equalTo("MOON"));
        problem(given().queryParam("ref", "not-a-uuid").get("/test/projects/search").then(), 400)
                .body("errors.field", contains("ref"));
        given().queryParam("since", "5").queryParam("ref", "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32")
                .get("/test/projects/search").then().statusCode(200);
    }

    @Test
    void aDeleteAcceptsTheProblemMediaTypeAlone() {
        given().accept(Problem.MEDIA_TYPE).delete("/test/projects/p1/draft").then().statusCode(204);
        problem(given().accept(Problem.MEDIA_TYPE).delete("/test/projects/missing/draft").then(), 404);
        problem(given().accept("text/xml").delete("/test/projects/p1/draft").then(), 406);
    }

    @Test
    void aNulCharacterInAnyStringIsRefusedNamingTheField() {
        String nulInTitle = "{\"title\": \"a\\u0000b\"}";
        problem(given().contentType(ContentType.JSON).body(nulInTitle).post("/test/projects").then(), 400)
                .body("type", equalTo(ProblemTypes.MALFORMED_BODY))
                .body("errors.field", contains("title"))
                .body("errors[0].message", equalTo(NulFreeStrings.MESSAGE))
                .body("errors[0].rejectedValue", nullValue());
        String nulInList = "{\"title\": \"ok\", \"sectors\": [\"AI\", \"\\u0000\"]}";
        problem(given().contentType(ContentType.JSON).body(nulInList).post("/test/projects").then(), 400)
                .body("errors.field", contains("sectors[1]"));
    }

    @Test
    void aDateBeyondWhatAStoreHoldsIsRefusedNamingTheField() {
        String farFuture = "{\"title\": \"ok\", \"deadline\": \"+999999999-12-31T23:59:59Z\"}";
        problem(given().contentType(ContentType.JSON).body(farFuture).post("/test/projects").then(), 400)
                .body("errors.field", contains("deadline"))
                .body("errors[0].message", equalTo(StorableTimes.MESSAGE))
                .body("errors[0].rejectedValue", equalTo("+999999999-12-31T23:59:59Z"));
        String yearZero = "{\"title\": \"ok\", \"milestones\": [\"2027-01-01\", \"0000-06-30\"]}";
        problem(given().contentType(ContentType.JSON).body(yearZero).post("/test/projects").then(), 400)
                .body("errors.field", contains("milestones[1]"));
        String ordinary = "{\"title\": \"ok\", \"deadline\": \"9999-12-31T23:59:59Z\","
                + " \"milestones\": [\"0001-01-01\"]}";
        given().contentType(ContentType.JSON).body(ordinary).post("/test/projects").then().statusCode(200)
                .body("deadline", equalTo("9999-12-31T23:59:59Z"));
    }

    @Test
    void rejectsMalformedJson() {
        problem(given().contentType(ContentType.JSON).body("{\"title\": \"x\",").post("/test/projects").then(), 400)
                .body("type", equalTo(ProblemTypes.MALFORMED_BODY))
                .body("detail", startsWith("The request body is not well-formed JSON"));
    }

    @Test
    void namesTheFieldWithTheWrongJsonType() {
        String body = """
                {"title": "x", "fundingSought": {"amount": "lots", "currency": "EUR"}}""";
        problem(given().contentType(ContentType.JSON).body(body).post("/test/projects").then(), 400)
                .body("type", equalTo(ProblemTypes.MALFORMED_BODY))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("fundingSought.amount"))
                .body("errors[0].message", equalTo("must be a number"))
                .body("errors[0].rejectedValue", equalTo("lots"));
    }

    @Test
    void namesTheListElementWithTheWrongJsonType() {
        String body = """
                {"title": "x", "sectors": ["AI", "ICT", {"code": "HEALTH"}]}""";
        problem(given().contentType(ContentType.JSON).body(body).post("/test/projects").then(), 400)
                .body("errors[0].field", equalTo("sectors[2]"))
                .body("errors[0].message", equalTo("must be a string"));
    }

    @Test
    void listsTheAllowedValuesOfAnUnknownEnumValue() {
        String body = """
                {"title": "x", "stage": "ARCHIVED"}""";
        problem(given().contentType(ContentType.JSON).body(body).post("/test/projects").then(), 400)
                .body("errors[0].field", equalTo("stage"))
                .body("errors[0].rejectedValue", equalTo("ARCHIVED"))
                .body("errors[0].allowed", contains("DRAFT", "PUBLISHED", "CLOSED"));
    }

    @Test
    void unknownPathIsA404Problem() {
        problem(given().get("/nowhere/at/all").then(), 404)
                .body("type", equalTo(ProblemTypes.ABOUT_BLANK))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/nowhere/at/all"));
    }

    @Test
    void wrongMethodIsA405Problem() {
        problem(given().delete("/test/projects").then(), 405)
                .body("title", equalTo("Method Not Allowed"))
                .body("detail", equalTo("Method DELETE is not allowed on /test/projects"))
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        problem(given().contentType(ContentType.JSON).body("{}").put("/test/projects/p-1/").then(), 405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void behindTheGatewayTheProblemNamesThePathTheClientCalled() {
        problem(given().header(PublicPaths.PREFIX_HEADER, "/api/v1").delete("/test/projects").then(), 405)
                .body("instance", equalTo("/api/v1/test/projects"))
                .body("detail", equalTo("Method DELETE is not allowed on /api/v1/test/projects"));
        problem(given().header(PublicPaths.PREFIX_HEADER, "/api/v1").get("/test/projects/missing").then(), 404)
                .body("instance", equalTo("/api/v1/test/projects/missing"));
        String big = "{\"title\": \"" + "x".repeat(70 * 1024) + "\"}";
        problem(given().contentType(ContentType.JSON).header(PublicPaths.PREFIX_HEADER, "/api/v1").body(big)
                .post("/test/projects").then(), 413)
                .body("instance", equalTo("/api/v1/test/projects"));
    }

    @Test
    void aForwardedPrefixThatIsNotAPlainPathIsIgnored() {
        problem(given().header(PublicPaths.PREFIX_HEADER, "/<script>").get("/test/projects/missing").then(), 404)
                .body("instance", equalTo("/test/projects/missing"));
    }

    @Test
    void keepsTheHeadersOfAThrownWebApplicationException() {
        problem(given().get("/test/projects/frozen").then(), 405)
                .body("detail", equalTo("Frozen projects are read-only"))
                .header("Allow", allOf(containsString("GET"), containsString("HEAD")));
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        problem(given().contentType(ContentType.TEXT).body("hello").post("/test/projects").then(), 415)
                .body("title", equalTo("Unsupported Media Type"))
                .body("detail", startsWith("Content type text/plain"))
                .body("detail", endsWith("is not supported here"));
    }

    @Test
    void unacceptableAcceptIsA406ProblemInPlainWords() {
        problem(given().accept("text/xml").get("/test/projects/missing").then(), 406)
                .body("detail", equalTo("None of the media types in the Accept header can be produced"));
    }

    @Test
    void thrownProblemsKeepTheirStatusTypeAndDetail() {
        problem(given().get("/test/projects/missing").then(), 404)
                .body("type", equalTo(ProblemTypes.NOT_FOUND))
                .body("detail", equalTo("Project missing not found"))
                .body("instance", equalTo("/test/projects/missing"));
        problem(given().get("/test/projects/closed").then(), 409)
                .body("type", equalTo(ProblemTypes.CONFLICT))
                .body("detail", equalTo("Project closed cannot be published again"));
        problem(given().get("/test/projects/stale").then(), 412)
                .body("type", equalTo(ProblemTypes.PRECONDITION_FAILED));
        problem(given().get("/test/projects/unfit").then(), 422)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("title", equalTo("Validation failed"))
                .body("errors.field", contains("sectors[0]", "deadline"))
                .body("errors[0].allowed", contains("HEALTH", "AI"));
        problem(given().get("/test/projects/busy").then(), 503)
                .header("Retry-After", equalTo("5"));
    }

    @Test
    void aFailedSecurityCheckIsA403Problem() {
        problem(given().get("/test/projects/foreign").then(), 403)
                .body("type", equalTo(ProblemTypes.FORBIDDEN))
                .body("detail", equalTo("The caller may not perform this operation"));
    }

    @Test
    void aWebApplicationExceptionKeepsItsMessage() {
        problem(given().get("/test/projects/gone").then(), 404)
                .body("detail", equalTo("Project gone was erased"));
    }

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() {
        problem(given().header(RequestIds.HEADER, "req-500").get("/test/projects/broken").then(), 500)
                .body("detail", equalTo(ProblemExceptionMappers.UNEXPECTED_DETAIL))
                .body("requestId", equalTo("req-500"))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalState")))
                .body(not(containsString("org.innomatch")));
    }

    @Test
    void anUnreachableDataStoreIs503WithRetryAfterAndNoDetailsOfIt() {
        problem(given().get("/test/projects/unreachable").then(), 503)
                .header("Retry-After", StoreOutages.RETRY_AFTER_SECONDS)
                .body("type", equalTo(ProblemTypes.UNAVAILABLE))
                .body("detail", equalTo(StoreOutages.DETAIL))
                .body(not(containsString("10.1.2.3")))
                .body(not(containsString("Mongo")));
    }

    @Test
    void refusesABodyOverTheLimitBeforeReadingIt() {
        String big = "{\"title\": \"" + "x".repeat(70 * 1024) + "\"}";
        problem(given().contentType(ContentType.JSON).header(RequestIds.HEADER, "big-1").body(big)
                .post("/test/projects").then(), 413)
                .body("type", equalTo(ProblemTypes.BODY_TOO_LARGE))
                .body("title", equalTo("Content Too Large"))
                .body("detail", containsString("65536 bytes (64 KiB)"))
                .body("requestId", equalTo("big-1"));
    }

    @Test
    void aBodyUnderTheLimitPasses() {
        String body = "{\"title\": \"ok\", \"summary\": \"" + "x".repeat(60 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(body).post("/test/projects").then()
                .statusCode(200)
                .body("title", equalTo("ok"));
    }

    @Test
    void echoesTheRequestIdOrMakesOneUp() {
        problem(given().header(RequestIds.HEADER, "abc-123").get("/test/projects/missing").then(), 404)
                .body("requestId", equalTo("abc-123"))
                .header(RequestIds.HEADER, equalTo("abc-123"));
        String generated = problem(given().get("/test/projects/missing").then(), 404)
                .body("requestId", matchesPattern(UUID_PATTERN))
                .extract().header(RequestIds.HEADER);
        given().get("/test/projects/missing").then().header(RequestIds.HEADER, not(equalTo(generated)));
    }

    @Test
    void openApiOffersTheProblemSchemaWithAnExample() {
        given().accept(ContentType.JSON).get("/q/openapi").then()
                .statusCode(200)
                .body("components.schemas.Problem.properties.keySet()", containsInAnyOrder(
                        "type", "title", "status", "detail", "instance", "errors", "requestId"))
                .body("components.schemas.Problem.examples[0].errors[0].field", equalTo("sectors[1]"))
                .body("components.schemas.FieldError.properties.keySet()", containsInAnyOrder(
                        "field", "message", "rejectedValue", "allowed"));
    }
}
