package org.innomatch.matching.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.innomatch.matching.index.CandidateIndex;

/** Not ready until the read model has replayed the topics up to where they stood at start, nor after it failed. */
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
        return HealthCheckResponse.named("matching-read-model")
                .status(consumer.caughtUp() && !consumer.failed())
                .withData("caughtUp", consumer.caughtUp())
                .withData("failed", consumer.failed())
                .withData("candidates", index.all().size())
                .build();
    }
}
