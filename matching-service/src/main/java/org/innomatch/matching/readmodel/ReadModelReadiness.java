package org.innomatch.matching.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.innomatch.matching.index.CandidateIndex;

/**
 * Not ready until the read model has replayed the topics up to where they stood at start, nor after it stopped on a
 * fatal error (then {@code failure} says why); transient Kafka failures it retries only show in {@code retries}.
 */
@Readiness
@ApplicationScoped
public class ReadModelReadiness implements HealthCheck {

    private final ReadModelConsumer consumer;
    private final CandidateIndex index;

    public ReadModelReadiness(ReadModelConsumer consumer, CandidateIndex index) {
        this.consumer = consumer;
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("matching-read-model")
                .status(consumer.caughtUp() && !consumer.failed())
                .withData("caughtUp", consumer.caughtUp())
                .withData("failed", consumer.failed())
                .withData("retries", consumer.retries())
                .withData("candidates", index.all().size());
        if (consumer.failed()) {
            response.withData("failure", consumer.failure());
        }
        return response.build();
    }
}
