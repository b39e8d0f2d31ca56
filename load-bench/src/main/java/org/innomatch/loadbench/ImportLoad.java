package org.innomatch.loadbench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** A partner portal importing its participants: profile creations only. */
public class ImportLoad extends Simulation {

    public ImportLoad() {
        LoadPlan plan = LoadPlan.current();
        GeneratedProfiles profiles = new GeneratedProfiles(plan.dataset(), "import-" + plan.clients());
        ScenarioBuilder clients = scenario("import").during(plan.duration()).on(
                exec(session -> session.set("body", profiles.next()))
                        .exec(http("create profile").post("/profiles").body(StringBody("#{body}"))
                                .check(status().is(201))));
        setUp(clients.injectOpen(atOnceUsers(plan.clients()))).protocols(Requests.protocol(plan));
    }
}
