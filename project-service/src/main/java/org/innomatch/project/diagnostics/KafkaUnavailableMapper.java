package org.innomatch.project.diagnostics;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class KafkaUnavailableMapper implements ExceptionMapper<KafkaUnavailableException> {

    @Override
    public Response toResponse(KafkaUnavailableException e) {
        return Response.status(503)
                .type("application/problem+json")
                .entity(java.util.Map.of(
                        "type", "https://innomatch.org/problems/kafka-unavailable",
                        "title", "Message broker unavailable",
                        "status", 503,
                        "detail", e.getMessage()))
                .build();
    }
}
