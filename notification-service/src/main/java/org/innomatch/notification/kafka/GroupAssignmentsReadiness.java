package org.innomatch.notification.kafka;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;

/** Not ready until every group consumer has joined its group (see {@link GroupAssignments}). */
@Readiness
@ApplicationScoped
public class GroupAssignmentsReadiness implements HealthCheck {

    private final GroupAssignments assignments;

    public GroupAssignmentsReadiness(@Identifier(GroupAssignments.NAME) GroupAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public HealthCheckResponse call() {
        Set<String> waiting = assignments.waitingFor();
        return HealthCheckResponse.named("notification-consumer-groups")
                .status(waiting.isEmpty())
                .withData("waitingFor", String.join(",", new TreeSet<>(waiting)))
                .build();
    }
}
