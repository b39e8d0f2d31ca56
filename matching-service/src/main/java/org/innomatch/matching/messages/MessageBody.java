package org.innomatch.matching.messages;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message to post: text only. */
@Schema(name = "MessageRequest")
public record MessageBody(
        @Schema(description = "1 to 2000 characters once leading and trailing white space is trimmed", required = true,
                maxLength = MessageService.MAX_LENGTH,
                example = "Shall we meet at table 12 after the pitches?")
        String text) {
}
