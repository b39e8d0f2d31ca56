package org.innomatch.diagnostics;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a ping request; the note is optional free text. */
public record PingRequest(
        @Schema(description = "Free text carried by the ping", example = "wiring check", maxLength = 200)
        @Size(max = 200) String note) {
}
