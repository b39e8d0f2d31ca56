package org.innomatch.loadbench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The mix: every client loops over create a profile, read it, patch it with {@code If-Match}, get its
 * partner recommendations, declare an interest in the first of them.
 */
public class MixedLoad extends Simulation {

    public MixedLoad() {
        LoadPlan plan = LoadPlan.current();
        GeneratedProfiles profiles = new GeneratedProfiles(plan.dataset(), "mixed-" + plan.clients());
        ScenarioBuilder clients = scenario("mixed").during(plan.duration()).on(
                exec(session -> session.set("body", profiles.next()))
                        .exec(http("create profile").post("/profiles").body(StringBody("#{body}"))
                                .check(status().is(201), jsonPath("$.id").saveAs("id"), header("ETag").saveAs("etag")))
                        .exec(http("read profile").get("/profiles/#{id}").check(status().is(200)))
                        .exec(http("patch profile").patch("/profiles/#{id}")
                                .header("If-Match", "#{etag}")
                                .header("Content-Type", "application/merge-patch+json")
                                .body(StringBody("{\"keywords\":[\"load run\",\"busy event\"]}"))
                                .check(status().is(200)))
                        .exec(http("recommendations").get("/profiles/#{id}/recommendations/partners?limit=10")
                                .check(status().is(200), jsonPath("$.items[0].profileId").optional().saveAs("target")))
                        .doIf(session -> session.contains("target")).then(
                                exec(http("interest").post("/profiles/#{id}/interests")
                                        .body(StringBody("{\"targetType\":\"PROFILE\",\"targetId\":\"#{target}\","
                                                + "\"decision\":\"INTERESTED\"}"))
                                        .check(status().in(200, 201))))
                        .exec(session -> session.remove("target")));
        setUp(clients.injectOpen(atOnceUsers(plan.clients()))).protocols(Requests.protocol(plan));
    }
}
