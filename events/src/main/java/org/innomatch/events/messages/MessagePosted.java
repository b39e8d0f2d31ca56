package org.innomatch.events.messages;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A profile posted a message in its thread with another profile (the two sides of a mutual match or an agreed
 * meeting). Keyed by {@code threadId}, so a thread's messages stay in order.
 *
 * <p>The event carries a short {@code preview} of the text, not the whole message: the text stays in
 * matching-service, where erasing a profile erases it; Kafka keeps records until their retention runs out.
 *
 * @param threadId the pair's thread, the same whichever side posts
 * @param preview  the start of the text (at most {@value #PREVIEW_LENGTH} characters), for the recipient's inbox
 */
public record MessagePosted(UUID messageId, UUID threadId, UUID senderProfileId, UUID recipientProfileId,
                            String preview, Instant postedAt) {

    public static final int PREVIEW_LENGTH = 140;

    public MessagePosted {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(senderProfileId, "senderProfileId");
        Objects.requireNonNull(recipientProfileId, "recipientProfileId");
    }

    /** The preview of {@code text}: its first {@value #PREVIEW_LENGTH} characters, an ellipsis if cut. */
    public static String previewOf(String text) {
        if (text.length() <= PREVIEW_LENGTH) {
            return text;
        }
        int end = PREVIEW_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
