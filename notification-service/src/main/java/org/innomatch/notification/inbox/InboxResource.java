package org.innomatch.notification.inbox;

import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.notification.recipients.RecipientAccess;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

/** A recipient's inbox: list, unread count, mark read. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "Notifications of a profile, localised in its first supported language")
public class InboxResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String PAGE_EXAMPLE = "{\"items\":[{\"id\":\"0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11\","
            + "\"type\":\"MATCH_FOUND\",\"subject\":\"5d2e8c1a-7b44-4f0e-a8f1-2c6b9d3e4f70\","
            + "\"otherProfileId\":\"9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12\",\"language\":\"en\","
            + "\"title\":\"New mutual match\",\"body\":\"You and Shenzhen MedTech Ltd. are both interested — request a meeting.\","
            + "\"read\":false,\"createdAt\":\"2026-11-23T09:30:00.120Z\"}],"
            + "\"nextCursor\":\"MDAwMTc2Mzg5MDIwMDEyMC0wYjhmMWE1Mi00YzNlLTRmNTctOWQwYi03ZjNiMWMyYTllMTE\"}";
    private static final String BAD_LIMIT_EXAMPLE = "{\"type\":\"https://innomatch.org/problems/validation\","
            + "\"title\":\"Validation failed\",\"status\":400,\"detail\":\"1 invalid field\","
            + "\"errors\":[{\"field\":\"limit\",\"message\":\"must be an integer between 1 and 100\",\"rejectedValue\":\"500\"}]}";
    private static final String NOT_FOUND_EXAMPLE = "{\"type\":\"https://innomatch.org/problems/not-found\","
            + "\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"Notification 0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11 not found\"}";

    private final Inbox inbox;
    private final RecipientAccess access;

    public InboxResource(Inbox inbox, RecipientAccess access) {
        this.inbox = inbox;
        this.access = access;
    }

    @GET
    @Path("profiles/{id}/notifications")
    @Operation(summary = "List a profile's notifications, newest first",
            description = "Cursor pagination: pass nextCursor of a page as cursor to get the next one.")
    @APIResponse(responseCode = "200", description = "One page of notifications",
            content = @Content(schema = @Schema(implementation = NotificationPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "bad limit", value = BAD_LIMIT_EXAMPLE)))
    @APIResponse(responseCode = "403", description = RecipientAccess.REFUSED,
            content = @Content(mediaType = PROBLEM))
    public NotificationPage list(
            @Parameter(description = "The recipient profile id", example = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12")
            @PathParam("id") UUID id,
            @Parameter(description = "true: only unread; false: only read; absent: all", example = "true")
            @QueryParam("unread") Boolean unread,
            @Parameter(description = "nextCursor of the previous page", example = "MDAwMTc2Mzg5MDIwMDEyMC0wYjhm")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size (1..100)", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") @DefaultValue("20") String limit) {
        access.require("read", id);
        return inbox.page(id, unread, cursor, parseLimit(limit));
    }

    /** A non-numeric limit is as much the client's mistake as 0 or 500: a 400 problem naming {@code limit}. */
    public static int parseLimit(String raw) {
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= 100) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ProblemException.badRequest("Invalid limit",
                FieldError.of("limit", "must be an integer between 1 and 100", raw));
    }

    @GET
    @Path("profiles/{id}/notifications/unread-count")
    @Operation(summary = "Count a profile's unread notifications",
            description = "What a badge shows; the stream sends the count again whenever it changes.")
    @APIResponse(responseCode = "200", description = "The unread count",
            content = @Content(schema = @Schema(implementation = UnreadCount.class),
                    examples = @ExampleObject(name = "count", value = "{\"unread\":3}")))
    @APIResponse(responseCode = "403", description = RecipientAccess.REFUSED,
            content = @Content(mediaType = PROBLEM))
    public UnreadCount unreadCount(
            @Parameter(description = "The recipient profile id", example = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12")
            @PathParam("id") UUID id) {
        access.require("read", id);
        return new UnreadCount(inbox.unreadCount(id));
    }

    @POST
    @Path("notifications/{id}/read")
    @Operation(summary = "Mark one notification read", description = "Idempotent: marking it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "403", description = "Another participant's, or a profile another partner created",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such notification",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public void markRead(
            @Parameter(description = "The notification id", example = "0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11")
            @PathParam("id") UUID id) {
        Notification n = inbox.find(id.toString())
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        access.require("mark read", UUID.fromString(n.recipientProfileId));
        inbox.markRead(id);
    }

    @POST
    @Path("profiles/{id}/notifications/read-all")
    @Operation(summary = "Mark all of a profile's notifications read",
            description = "Also resets the unread count the stream and /me/home show.")
    @APIResponse(responseCode = "204", description = "All marked read")
    @APIResponse(responseCode = "403", description = RecipientAccess.REFUSED,
            content = @Content(mediaType = PROBLEM))
    public void markAllRead(
            @Parameter(description = "The recipient profile id", example = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12")
            @PathParam("id") UUID id) {
        access.require("mark read", id);
        inbox.markAllRead(id);
    }
}
