package org.innomatch.gateway.status;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Readiness of the whole system as the gateway sees it. */
public record SystemStatus(
        @Schema(description = "UP when every upstream is ready", example = "UP") String status,
        List<UpstreamStatus> upstreams) {

    public record UpstreamStatus(
            @Schema(example = "profile-service") String name,
            @Schema(example = "UP") String status,
            @Schema(description = "Round-trip time of the readiness probe in milliseconds", example = "4") long millis,
            @Schema(description = "Why the upstream is not UP", nullable = true) String detail) {
    }
}
