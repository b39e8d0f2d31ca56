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
import org.innomatch.problems.Page;

import com.fasterxml.jackson.databind.ObjectMapper;

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
    private final ObjectMapper json;

    public WebhookResource(Webhooks webhooks, CallerIdentity caller, ObjectMapper json) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.json = json;
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
    @Operation(summary = "List the caller's webhooks, oldest first (secrets are not shown)",
            description = "A partner lists its own webhooks; an admin lists all.")
    @APIResponse(responseCode = "200", description = "One page of webhooks",
            content = @Content(schema = @Schema(implementation = WebhookPage.class),
                    examples = @ExampleObject(name = "list", value = "{\"items\":[{\"id\":"
                            + "\"3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c\",\"url\":"
                            + "\"https://portal.example.org/innomatch/hooks\",\"eventTypes\":[],"
                            + "\"createdAt\":\"2026-11-23T09:30:00Z\"}],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    public Page<WebhookView> list(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size (1..100)", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") @DefaultValue("20") String limit) {
        return webhooks.list(caller.partnerId().orElse(null), cursor, InboxResource.parseLimit(limit));
    }

    @GET
    @Path("event-types")
    @Operation(summary = "The notification types a webhook can subscribe to",
            description = "eventTypes of a webhook names them; the delivered body's type is payloadType.")
    @APIResponse(responseCode = "200", description = "Every type, on one page",
            content = @Content(schema = @Schema(implementation = EventTypePage.class)))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    public Page<WebhookEventType> eventTypes() {
        caller.partnerId();
        return new Page<>(Webhooks.eventTypes(), null);
    }

    @POST
    @Path("{id}/test")
    @Operation(summary = "Send a sample notification to the webhook",
            description = "Queued at once and signed, retried and logged like any delivery; its notificationId is in "
                    + "the answer and the delivery log. The sample names no real recipient (the nil UUID) and its "
                    + "subject is \"test\"; nobody is notified.")
    @APIResponse(responseCode = "202", description = "Queued; follow it in the delivery log",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "400", description = "Unknown notification type", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public Response sendTest(@Parameter(example = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id,
            @Parameter(description = "Notification type of the sample (default MATCH_FOUND)", example = "MATCH_FOUND")
            @QueryParam("type") String type) {
        return Response.accepted(webhooks.sendTest(id, caller.partnerId().orElse(null), type)).build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Rotate the webhook's signing secret",
            description = "The new secret is in the answer, and only there. For secret-overlap (24 hours) every "
                    + "delivery carries two signatures in webhook-signature, space-separated: with the new secret "
                    + "and with the previous one, so the receiver can switch whenever it is ready.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SecretRotation.class)))
    @APIResponse(responseCode = "200", description = "Rotated; keep the new secret",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Malformed secret", content = @Content(mediaType = PROBLEM))
    @Consumes(MediaType.WILDCARD)
    public WebhookView rotateSecret(
            @Parameter(example = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id,
            byte[] body) {
        // Read here rather than bound by JAX-RS: a POST without a body (and so without a content type) must work.
        return webhooks.rotateSecret(id, caller.partnerId().orElse(null), SecretRotation.read(body, json));
    }

    @POST
    @Path("{id}/deliveries/{notificationId}/retry")
    @Operation(summary = "Send a delivered or parked delivery again",
            description = "Due at once with a fresh 24-hour retry window; the same webhook-id as before, so a "
                    + "receiver that de-duplicates on it handles it once.")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = PARTICIPANT_REFUSED,
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such webhook or delivery",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Still pending: its retries are running",
            content = @Content(mediaType = PROBLEM))
    public Response resend(@Parameter(example = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id,
            @Parameter(description = "The delivery's notificationId", example = "0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11")
            @PathParam("notificationId") UUID notificationId) {
        return Response.accepted(webhooks.resend(id, caller.partnerId().orElse(null), notificationId)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook (the secret is not shown)",
            description = "A partner sees its own webhooks only (another's is a 404); an admin sees all.")
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
    public Page<DeliveryView> deliveries(
            @Parameter(example = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size (1..100)", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") @DefaultValue("20") String limit) {
        return webhooks.deliveries(id, caller.partnerId().orElse(null), cursor, InboxResource.parseLimit(limit));
    }

    /** For the OpenAPI document only: the {@link Page} of webhooks. */
    @Schema(name = "WebhookPage")
    record WebhookPage(List<WebhookView> items,
            @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
            String nextCursor) {
    }

    /** For the OpenAPI document only: the {@link Page} of a webhook's deliveries. */
    @Schema(name = "WebhookDeliveryPage")
    record DeliveryPage(List<DeliveryView> items,
            @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
            String nextCursor) {
    }

    /** For the OpenAPI document only: the {@link Page} of event types. */
    @Schema(name = "WebhookEventTypePage")
    record EventTypePage(List<WebhookEventType> items,
            @Schema(description = "Always null: every type is on the one page", nullable = true) String nextCursor) {
    }
}
