package org.innomatch.notification.preferences;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.notification.recipients.Recipient;
import org.innomatch.notification.recipients.RecipientAccess;
import org.innomatch.notification.recipients.Recipients;

/** A profile's notification preferences. */
@Path("/profiles/{id}/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences", description = "Types, channels, digest, quiet hours and daily cap per profile")
public class PreferencesResource {

    private static final String EXAMPLE = "{\"mutedTypes\":[\"RECOMMENDATION\"],"
            + "\"channels\":{\"inbox\":true,\"email\":true,\"webhook\":false},\"emailMode\":\"DAILY_DIGEST\","
            + "\"digestTime\":\"08:00\",\"quietHours\":{\"start\":\"22:00\",\"end\":\"07:30\"},"
            + "\"timeZone\":\"Asia/Shanghai\",\"dailyCap\":30}";
    private static final String BAD_EXAMPLE = "{\"type\":\"https://innomatch.org/problems/validation\","
            + "\"title\":\"Validation failed\",\"status\":422,\"detail\":\"1 invalid field\","
            + "\"errors\":[{\"field\":\"timeZone\",\"message\":\"must be an IANA time zone such as Asia/Shanghai\",\"rejectedValue\":\"Mars/Olympus\"}]}";

    private final NotificationPreferences preferences;
    private final Recipients recipients;
    private final RecipientAccess access;

    public PreferencesResource(NotificationPreferences preferences, Recipients recipients, RecipientAccess access) {
        this.preferences = preferences;
        this.recipients = recipients;
        this.access = access;
    }

    @GET
    @Operation(summary = "A profile's notification preferences",
            description = "Defaults until set: every type, every channel, instant e-mail, no quiet hours, the zone of "
                    + "the profile's country when it has only one (else UTC), the configured daily cap.")
    @APIResponse(responseCode = "200", description = "The preferences",
            content = @Content(schema = @Schema(implementation = PreferencesView.class),
                    examples = @ExampleObject(name = "preferences", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = RecipientAccess.REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    public PreferencesView get(@Parameter(example = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12") @PathParam("id") UUID id) {
        access.require("read the preferences of", id);
        return preferences.of(id, country(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a profile's notification preferences", description = "Absent fields take their defaults.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PreferencesView.class),
            examples = @ExampleObject(name = "preferences", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The stored preferences",
            content = @Content(schema = @Schema(implementation = PreferencesView.class),
                    examples = @ExampleObject(name = "preferences", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = RecipientAccess.REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "An invalid field, named in the problem",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "bad zone", value = BAD_EXAMPLE)))
    public PreferencesView put(@Parameter(example = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12") @PathParam("id") UUID id,
            PreferencesView body) {
        access.require("change the preferences of", id);
        return preferences.replace(id, body, country(id));
    }

    private String country(UUID id) {
        return recipients.find(id).map((Recipient r) -> r.country).orElse(null);
    }
}
