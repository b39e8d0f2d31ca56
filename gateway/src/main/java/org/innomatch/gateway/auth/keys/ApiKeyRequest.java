package org.innomatch.gateway.auth.keys;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyRequest", description = "A new API key for a partner portal")
public record ApiKeyRequest(
        @Schema(description = "Who holds the key, for admins reading the list (1–120 characters)", required = true,
                example = "Polish embassy S&T section portal") String name,
        @Schema(description = "The partner portal the key acts for: what it creates is owned by this id. Give an "
                + "existing partner's id to rotate its key; omit for a new partner (a UUID is assigned). "
                + "Lower-case letters, digits and '-', 2–64 characters.",
                example = "embassy-pl") String partnerId) {
}
