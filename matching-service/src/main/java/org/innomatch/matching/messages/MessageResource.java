package org.innomatch.matching.messages;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.matching.access.Access;
import org.innomatch.matching.messages.MessageViews.MessagePage;
import org.innomatch.matching.messages.MessageViews.MessageView;
import org.innomatch.matching.messages.MessageViews.ThreadPage;
import org.innomatch.matching.messages.MessageViews.ThreadView;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.Page;
import org.innomatch.problems.ProblemException;

/**
 * Messages between the two sides of a mutual match or an agreed meeting. A thread is private to its two sides
 * (and whoever may act for them: their partners, admins): to anyone else a thread path answers 404, whether the
 * thread exists or not, so its existence does not leak.
 */
@Path("/profiles/{id}/threads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "Threads of text messages between the sides of a mutual match or a meeting")
public class MessageResource {

    private static final String NOT_FOUND = "Anyone who may not act for the profile, whether the thread exists "
            + "or not";
    private static final String MESSAGE_EXAMPLE = """
            {"messageId":"4c8e2a17-6b3d-4f95-a0c1-9d7e5b3f2a64","threadId":"d2a6f0c4-1e8b-3a57-9c2d-6f4b8e0a1c35",
             "senderProfileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
             "recipientProfileId":"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
             "text":"Shall we meet at table 12 after the pitches?","postedAt":"2026-12-03T06:05:00.123Z",
             "readAt":null}""";

    private final MessageService messages;
    private final Access access;

    public MessageResource(MessageService messages, Access access) {
        this.messages = messages;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listThreads", summary = "The profile's message threads, most recently active first",
            description = "One item per counterpart: the last message and how many messages to the profile are "
                    + "unread. Follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of threads",
            content = @Content(schema = @Schema(implementation = ThreadPage.class),
                    examples = @ExampleObject(name = "threads", value = """
                            {"items":[{"threadId":"d2a6f0c4-1e8b-3a57-9c2d-6f4b8e0a1c35",
                              "otherProfileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
                              "lastMessage":{"messageId":"4c8e2a17-6b3d-4f95-a0c1-9d7e5b3f2a64",
                                "threadId":"d2a6f0c4-1e8b-3a57-9c2d-6f4b8e0a1c35",
                                "senderProfileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
                                "recipientProfileId":"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
                                "text":"Shall we meet at table 12 after the pitches?",
                                "postedAt":"2026-12-03T06:05:00.123Z","readAt":null},
                              "unreadCount":1}],
                             "nextCursor":null}""")))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    public Page<ThreadView> threads(
            @Parameter(description = "Profile id", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
            @PathParam("id") UUID id,
            @Parameter(description = "Page size 1..100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100)
            int limit,
            @Parameter(description = "nextCursor of the previous page; absent for the first page")
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        access.requireProfile("see message threads of", id);
        List<ThreadEntry> found = messages.threads(id, KeysetCursor.decodeOrNull(cursor), limit + 1);
        boolean more = found.size() > limit;
        List<ThreadEntry> page = more ? found.subList(0, limit) : found;
        List<ThreadView> items = page.stream().map(t -> new ThreadView(UUID.fromString(t.threadId),
                UUID.fromString(t.otherProfileId), messages.lastOf(t.threadId).map(MessageView::of).orElse(null),
                messages.unread(t.threadId, id))).toList();
        ThreadEntry last = more ? page.get(page.size() - 1) : null;
        return new Page<>(items, last == null ? null
                : new KeysetCursor(last.lastAt, UUID.fromString(last.otherProfileId)).encode());
    }

    @GET
    @Path("/{otherId}/messages")
    @Operation(operationId = "listMessages", summary = "The messages between the profile and another, newest first",
            description = "Readable by both sides (and their partners and admins) also after the match or meeting "
                    + "that allowed writing has ended. Follow nextCursor for older messages.")
    @APIResponse(responseCode = "200", description = "One page of messages",
            content = @Content(schema = @Schema(implementation = MessagePage.class),
                    examples = @ExampleObject(name = "messages", value = "{\"items\":[" + MESSAGE_EXAMPLE
                            + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = "application/problem+json"))
    public Page<MessageView> messages(
            @Parameter(description = "Profile id", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
            @PathParam("id") UUID id,
            @Parameter(description = "The other side", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
            @PathParam("otherId") UUID otherId,
            @Parameter(description = "Page size 1..100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100)
            int limit,
            @Parameter(description = "nextCursor of the previous page; absent for the first page")
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        requireSide(id, otherId);
        List<Message> found = messages.messages(id, otherId, KeysetCursor.decodeOrNull(cursor), limit + 1);
        boolean more = found.size() > limit;
        List<Message> page = more ? found.subList(0, limit) : found;
        Message last = more ? page.get(page.size() - 1) : null;
        return new Page<>(page.stream().map(MessageView::of).toList(),
                last == null ? null : new KeysetCursor(last.postedAt, UUID.fromString(last.id)).encode());
    }

    @POST
    @Path("/{otherId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postMessage", summary = "Send the other side a message as the profile",
            description = "Only while the two have a mutual match that holds (either may be a project's owner) or "
                    + "an ACCEPTED or SCHEDULED meeting. The recipient is notified (MESSAGE_RECEIVED) through "
                    + "MessagePosted on innomatch.matches.")
    @APIResponse(responseCode = "201", description = "The message, stored",
            content = @Content(schema = @Schema(implementation = MessageView.class),
                    examples = @ExampleObject(name = "message", value = MESSAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No text, blank or longer than 2000 characters (names "
            + "text), or a message to the profile itself (names otherId)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The two have neither a mutual match that holds nor an "
            + "agreed meeting", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = "application/problem+json"))
    public Response post(
            @Parameter(description = "The sending profile", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
            @PathParam("id") UUID id,
            @Parameter(description = "The recipient", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
            @PathParam("otherId") UUID otherId,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "message",
                    value = "{\"text\":\"Shall we meet at table 12 after the pitches?\"}")))
            MessageBody body) {
        requireSide(id, otherId);
        String text = body == null || body.text() == null ? null : body.text().strip();
        if (text == null || text.isEmpty()) {
            throw ProblemException.badRequest("A message needs text",
                    FieldError.of("text", "must not be blank"));
        }
        if (text.length() > MessageService.MAX_LENGTH) {
            throw ProblemException.badRequest("The message is too long",
                    FieldError.of("text", "must be at most " + MessageService.MAX_LENGTH + " characters, not "
                            + text.length()));
        }
        if (id.equals(otherId)) {
            throw ProblemException.badRequest("A profile cannot write to itself",
                    FieldError.of("otherId", "must not be the sending profile", otherId));
        }
        Optional<String> refused = messages.whyNotAllowed(id, otherId);
        if (refused.isPresent()) {
            throw ProblemException.forbidden("No messages between these profiles: " + refused.get(),
                    FieldError.of("otherId", refused.get(), otherId));
        }
        return Response.status(Response.Status.CREATED).entity(MessageView.of(messages.post(id, otherId, text)))
                .build();
    }

    @POST
    @Path("/{otherId}/read")
    @Operation(operationId = "markThreadRead", summary = "Mark the messages the other side sent the profile as read",
            description = "Sets readAt on every unread message from otherId to id, so the thread's unreadCount drops "
                    + "to 0; messages the profile sent are untouched. Idempotent.")
    @APIResponse(responseCode = "204", description = "Marked (also when nothing was unread)")
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = "application/problem+json"))
    public Response markRead(
            @Parameter(description = "The reading profile", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
            @PathParam("id") UUID id,
            @Parameter(description = "The other side", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
            @PathParam("otherId") UUID otherId) {
        requireSide(id, otherId);
        messages.markRead(id, otherId);
        return Response.noContent().build();
    }

    private void requireSide(UUID id, UUID otherId) {
        if (!access.mayActFor(id)) {
            throw ProblemException.notFound("Thread of profile " + id + " with profile", otherId);
        }
    }
}
