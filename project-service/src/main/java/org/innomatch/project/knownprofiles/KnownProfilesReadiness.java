package org.innomatch.project.knownprofiles;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the known-profiles lag on the readiness endpoint. Informational: the check stays UP, because writes
 * that do not involve a new profile must keep working while Kafka is away (the Kafka connector's own checks
 * report the connection).
 */
@Readiness
@ApplicationScoped
public class KnownProfilesReadiness implements HealthCheck {

    static final String NAME = "known-profiles read model";

    private final ReadModelProgress progress;

    public KnownProfilesReadiness(ReadModelProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        OptionalLong lag = progress.lag();
        return lag.isPresent()
                ? response.withData("lag", lag.getAsLong()).build()
                : response.withData("lag", "unknown").build();
    }
}
