package org.innomatch.gateway.support;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/** The credentials the gateway's test configuration trusts. */
public final class TestCredentials {

    /** An admin API key; its SHA-256 is {@code %test.innomatch.auth.admin-key-sha256}. */
    public static final String ADMIN_KEY = "imk_00000000000a0000_testadminkeytestadminkeytestadminkeytestadm";

    // A filter rather than a default request specification: a specification built before Quarkus sets the port
    // would pin RestAssured to the default port.
    private static final Filter ADMIN_UNLESS_SET = (request, response, ctx) -> {
        if (!request.getHeaders().hasHeaderWithName("X-API-Key")
                && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("X-API-Key", ADMIN_KEY);
        }
        return ctx.next(request, response);
    };

    private TestCredentials() {
    }

    /** Makes every RestAssured request without credentials send the admin key; undo with {@link #anonymous()}. */
    public static void adminByDefault() {
        anonymous();
        RestAssured.filters(ADMIN_UNLESS_SET);
    }

    public static void anonymous() {
        List<Filter> others = RestAssured.filters().stream().filter(f -> f != ADMIN_UNLESS_SET).toList();
        RestAssured.replaceFiltersWith(others);
    }
}
