package org.innomatch.loadbench;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** What every mix sends: the gateway's public API with an admin key, JSON both ways, keep-alive per client. */
final class Requests {

    private Requests() {
    }

    static HttpProtocolBuilder protocol(LoadPlan plan) {
        return http.baseUrl(plan.gateway() + "/api/v1")
                .header("X-API-Key", plan.apiKey())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .disableCaching()
                .disableFollowRedirect();
    }
}
