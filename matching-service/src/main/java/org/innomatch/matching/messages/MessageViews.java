package org.innomatch.matching.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the messages API answers. */
final class MessageViews {

    private MessageViews() {
    }

    @Schema(name = "Message")
    record MessageView(
            @Schema(example = "4c8e2a17-6b3d-4f95-a0c1-9d7e5b3f2a64") UUID messageId,
            @Schema(description = "The pair's thread, the same whichever side posts",
                    example = "d2a6f0c4-1e8b-3a57-9c2d-6f4b8e0a1c35") UUID threadId,
            @Schema(example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11") UUID senderProfileId,
            @Schema(example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05") UUID recipientProfileId,
            @Schema(example = "Shall we meet at table 12 after the pitches?") String text,
            Instant postedAt,
            @Schema(description = "When the recipient marked the thread read; null while unread", nullable = true)
            Instant readAt) {

        static MessageView of(Message m) {
            return new MessageView(UUID.fromString(m.id), UUID.fromString(m.threadId),
                    UUID.fromString(m.senderProfileId), UUID.fromString(m.recipientProfileId), m.text, m.postedAt,
                    m.readAt);
        }
    }

    @Schema(name = "MessageThread")
    record ThreadView(
            @Schema(example = "d2a6f0c4-1e8b-3a57-9c2d-6f4b8e0a1c35") UUID threadId,
            @Schema(description = "The other side of the thread", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
            UUID otherProfileId,
            MessageView lastMessage,
            @Schema(description = "Messages to the profile not yet marked read", example = "2") long unreadCount) {
    }

    /** For the OpenAPI document only: a page of messages. */
    @Schema(name = "MessagePage")
    record MessagePage(List<MessageView> items,
            @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
            String nextCursor) {
    }

    /** For the OpenAPI document only: a page of threads. */
    @Schema(name = "MessageThreadPage")
    record ThreadPage(List<ThreadView> items,
            @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
            String nextCursor) {
    }
}
