package org.innomatch.notification.webhooks;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.notification.inbox.InboxResource;

/** Partner portals' webhooks and their delivery logs. */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed (Standard Webhooks) notification callbacks for partner portals")
public class WebhookResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String PARTICIPANT_REFUSED = "A participant: only partners and admins manage webhooks";
    private static final String CREATE_EXAMPLE = "{\"url\":\"https://portal.example.org/innomatch/hooks\","
            + "\"eventTypes\":[\"MATCH_FOUND\",\"MEETING_SCHEDULED\"]}";
    private static final String CREATED_EXAMPLE = "{\"id\":\"3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c\","
            + "\"url\":\"https://portal.example.org/innomatch/hooks\",\"eventTypes\":[\"MATCH_FOUND\",\"MEETING_SCHEDULED\"],"
            + "\"secret\":\"whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD\",\"createdAt\":\"2026-11-23T09:30:00Z\"}";
    private static final String BAD_URL_EXAMPLE = "{\"type\":\"https://innomatch.org/problems/validation\","
            + "\"title\":\"Validation failed\",\"status\":422,\"detail\":\"1 invalid field\","
            + "\"errors\":[{\"field\":\"url\",\"message\":\"must not point to a private, link-local or multicast address (10.0.0.5)\","
            + "\"rejectedValue\":\"https://10.0.0.5/hook\"}]}";
    private static final String LOG_EXAMPLE = "{\"items\":[{\"id\":\"webhook/3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c/0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11\","
            + "\"notificationId\":\"0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11\",\"notificationType\":\"MATCH_FOUND\",\"status\":\"DELIVERED\","
            + "\"attempts\":2,\"createdAt\":\"2026-11-23T09:30:00Z\",\"deliveredAt\":\"2026-11-23T09:30:06Z\",\"lastError\":\"HTTP 503\","
            + "\"log\":[{\"at\":\"2026-11-23T09:30:00Z\",\"statusCode\":503,\"error\":\"HTTP 503\",\"durationMillis\":41},"
            + "{\"at\":\"2026-11-23T09:30:06Z\",\"statusCode\":200,\"durationMillis\":38}]}]}";

    private static final String NOT_FOUND_EXAMPLE = "{\"type\":\"https://innomatch.org/problems/not-found\","
            + "\"title\":\"Not Found\",\"status\":404,\"detail\":\"Webhook 3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c not found\"}";

    private final Webhooks webhooks;
    private final CallerIdentity caller;

    public WebhookResource(Webhooks webhooks, CallerIdentity caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook",
            description = "Deliveries are POSTed with webhook-id, webhook-timestamp and webhook-signature headers "
                    + "(Standard Webhooks, HMAC-SHA256), retried with exponential backoff and jitter for 24 hours, "
                    + "then parked on innomatch.notifications.dlq. The secret is returned only here.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "webhook", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; keep the secret",
            content = @Content(schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "created", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Invalid or forbidden URL, unknown type or malformed secret",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "private address", value = BAD_URL_EXAMPLE)))
    public Response create(WebhookRequest request) {
        WebhookView created = webhooks.create(request, caller.partnerId().orElse(null));
        return Response.status(201).header("Location", "/webhooks/" + created.id()).entity(created).build();
    }

    @GET
    @Operation(summary = "List the caller's webhooks (secrets are not shown)")
    @APIResponse(responseCode = "200", description = "The webhooks",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class),
                    examples = @ExampleObject(name = "list", value = "[{\"id\":\"3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c\","
                            + "\"url\":\"https://portal.example.org/innomatch/hooks\",\"eventTypes\":[],\"createdAt\":\"2026-11-23T09:30:00Z\"}]")))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    public List<WebhookView> list() {
        return webhooks.list(caller.partnerId().orElse(null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook (the secret is not shown)")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "webhook", value = "{\"id\":\"3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c\","
                            + "\"url\":\"https://portal.example.org/innomatch/hooks\",\"eventTypes\":[\"MATCH_FOUND\"],"
                            + "\"createdAt\":\"2026-11-23T09:30:00Z\"}")))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public WebhookView get(@Parameter(example = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id) {
        return webhooks.get(id, caller.partnerId().orElse(null));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a webhook", description = "Deliveries already queued for it are dropped.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public void delete(@Parameter(example = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id) {
        webhooks.delete(id, caller.partnerId().orElse(null));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The webhook's delivery log, newest first", description = "Every attempt with its HTTP status or error.")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "log", value = LOG_EXAMPLE)))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public DeliveryPage deliveries(
            @Parameter(example = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size (1..100)", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") @DefaultValue("20") String limit) {
        return webhooks.deliveries(id, caller.partnerId().orElse(null), cursor, InboxResource.parseLimit(limit));
    }
}
