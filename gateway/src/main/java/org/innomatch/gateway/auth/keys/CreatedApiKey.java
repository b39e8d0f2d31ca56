package org.innomatch.gateway.auth.keys;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedApiKey", description = "A new API key; `key` is shown only in this response")
public record CreatedApiKey(
        @Schema(example = "3f9a1c0b7d2e4a68") String id,
        @Schema(description = "Send it as X-API-Key. It is not stored and cannot be shown again.",
                example = "imk_3f9a1c0b7d2e4a68_Jq3v0yQm6l2X1r8cWQp1o7m0tq9bS0a5GdEw2xYk1Ls") String key,
        @Schema(example = "Polish embassy S&T section portal") String name,
        @Schema(example = "embassy-pl") String partnerId,
        @Schema(example = "2026-11-23T20:15:00Z") Instant createdAt) {
}
