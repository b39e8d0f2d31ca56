package org.innomatch.caller.testing;

import static io.restassured.RestAssured.given;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the service under test documents in its own OpenAPI document ({@code GET /q/openapi}) about refusing callers,
 * so that each service can pin the exact set of operations that list 403: a new refusal left undocumented, or a
 * documented one that no longer exists, fails its test.
 */
public final class DocumentedRefusals {

    private DocumentedRefusals() {
    }

    /** {@code "METHOD /path"} of every operation whose responses include 403, sorted. */
    public static Set<String> operationsDocumenting403() {
        Map<String, Object> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> ((Map<?, ?>) operations).forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && op.get("responses") instanceof Map<?, ?> responses
                    && responses.containsKey("403")) {
                documented.add(method.toString().toUpperCase(Locale.ROOT) + " " + path);
            }
        }));
        return documented;
    }
}
