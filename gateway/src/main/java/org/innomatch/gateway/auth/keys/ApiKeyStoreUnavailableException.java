package org.innomatch.gateway.auth.keys;

import java.util.Map;

import org.innomatch.problems.Problem;
import org.innomatch.problems.ProblemException;
import org.innomatch.problems.ProblemTypes;

/**
 * The broker did not confirm a change to the API keys in time. A revocation is safe to repeat; a key whose creation
 * was not confirmed was never shown to anyone, so it cannot be used even if it was stored after all.
 */
class ApiKeyStoreUnavailableException extends ProblemException {

    private static final long serialVersionUID = 1L;

    static final String TYPE = ProblemTypes.BASE + "api-key-store-unavailable";

    ApiKeyStoreUnavailableException(String topic) {
        super(Problem.of(503, TYPE, "Service Unavailable",
                        "The API key store (Kafka topic " + topic + ") did not confirm the change; retry shortly"),
                Map.of("Retry-After", "5"), null);
    }
}
