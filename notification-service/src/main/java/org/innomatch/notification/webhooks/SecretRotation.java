package org.innomatch.notification.webhooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Replaces a webhook's signing secret; the body may be absent. */
@Schema(name = "WebhookSecretRotation")
public record SecretRotation(
        @Schema(description = "The new secret, whsec_ + base64 key (24..64 bytes); generated when absent",
                nullable = true, example = "whsec_Y2hhbmdlZCBzZWNyZXQgb2YgMzIgYnl0ZXMhIQ==") String secret) {

    /** The rotation a request body asks for: none (generate a secret) for an empty body, a 400 for malformed JSON. */
    static SecretRotation read(byte[] body, ObjectMapper json) {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, SecretRotation.class);
        } catch (IOException e) {
            throw ProblemException.badRequest("The body is not a JSON object {\"secret\": \"whsec_...\"}",
                    FieldError.of("secret", "must be a string in a JSON object", null));
        }
    }
}
