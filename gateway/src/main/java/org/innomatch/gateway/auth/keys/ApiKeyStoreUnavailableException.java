package org.innomatch.gateway.auth.keys;

import java.util.Map;

import org.innomatch.gateway.problem.GatewayProblemException;

/**
 * The broker did not confirm a change to the API keys in time. A revocation is safe to repeat; a key whose creation
 * was not confirmed was never shown to anyone, so it cannot be used even if it was stored after all.
 */
class ApiKeyStoreUnavailableException extends GatewayProblemException {

    private static final long serialVersionUID = 1L;

    ApiKeyStoreUnavailableException(String topic) {
        super(503, "api-key-store-unavailable", "Service Unavailable",
                "The API key store (Kafka topic " + topic + ") did not confirm the change; retry shortly",
                Map.of("Retry-After", "5"));
    }
}
