package org.innomatch.loadbench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Participants browsing at the start of a session: for a seeded profile, its partner and project recommendations,
 * another participant's profile, its notifications and, when the run names an event, its agenda there.
 */
public class BrowsingLoad extends Simulation {

    public BrowsingLoad() {
        LoadPlan plan = LoadPlan.current();
        Population population = Population.read(plan.population());
        ChainBuilder look = exec(session -> session.set("me", population.any()).set("other", population.any()))
                .exec(http("recommendations").get("/profiles/#{me}/recommendations/partners?limit=10")
                        .check(status().is(200)))
                .exec(http("read profile").get("/profiles/#{other}").check(status().is(200)))
                .exec(http("project recommendations").get("/profiles/#{me}/recommendations/projects?limit=10")
                        .check(status().is(200)))
                .exec(http("notifications").get("/profiles/#{me}/notifications?limit=20").check(status().is(200)));
        if (plan.eventId() != null) {
            look = look.exec(http("agenda").get("/events/" + plan.eventId() + "/agenda?profileId=#{me}")
                    .check(status().is(200)));
        }
        ScenarioBuilder clients = scenario("browsing").during(plan.duration()).on(look);
        setUp(clients.injectOpen(atOnceUsers(plan.clients()))).protocols(Requests.protocol(plan));
    }
}
