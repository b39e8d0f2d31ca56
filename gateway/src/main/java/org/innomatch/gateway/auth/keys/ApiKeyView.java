package org.innomatch.gateway.auth.keys;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An API key as stored: never the key itself")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyView(
        @Schema(example = "3f9a1c0b7d2e4a68") String id,
        @Schema(example = "Polish embassy S&T section portal") String name,
        @Schema(example = "embassy-pl") String partnerId,
        @Schema(description = "How the key starts, to recognise it", example = "imk_3f9a1c0b7d2e4a68_") String prefix,
        @Schema(example = "2026-11-23T20:15:00Z") Instant createdAt,
        @Schema(description = "When it was revoked; absent while valid", example = "2026-11-24T08:00:00Z") Instant revokedAt) {

    static ApiKeyView of(StoredApiKey key) {
        return new ApiKeyView(key.id(), key.name(), key.partnerId(), ApiKeys.PREFIX + key.id() + "_",
                key.createdAt(), key.revokedAt());
    }

    @Schema(name = "ApiKeyList")
    public record Page(List<ApiKeyView> items) {
    }
}
