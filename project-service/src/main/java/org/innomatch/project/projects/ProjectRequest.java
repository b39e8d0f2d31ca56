package org.innomatch.project.projects;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable fields of a project, for POST and PUT (and the result of applying a PATCH). Shape and
 * lengths are checked here (400); codes, the owner and the deadline by {@link ProjectValidator} (422).
 * {@code status} is not part of it: it changes through publish and close.
 */
@Schema(name = "ProjectRequest")
public record ProjectRequest(
        @Schema(description = "Short title", maxLength = 200, required = true,
                example = "Cuff-less wearable for AI arrhythmia screening")
        @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "What the project is and what it looks for", maxLength = 4000, required = true)
        @NotBlank @Size(max = 4000)
        String summary,

        @Schema(description = "The profile presenting the project; must be a profile known to this service (heard on innomatch.profiles)",
                required = true, example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
        @NotNull
        UUID ownerProfileId,

        @Schema(description = "ISO 3166-1 alpha-2 country code, upper case", required = true, example = "IL")
        @NotBlank
        String country,

        @Schema(description = "Sector codes (1 to 10); a sub-code PARENT.CHILD of a known sector is accepted",
                required = true, example = "[\"HEALTH.MEDTECH\", \"AI\"]")
        @NotEmpty @Size(max = 10)
        List<@NotBlank @Size(max = 60) String> sectors,

        @Schema(description = "Technology readiness level 1..9", example = "6", nullable = true)
        @Min(1) @Max(9)
        Integer trl,

        @Schema(description = "Cooperation types sought (at most 8)", example = "[\"INVESTMENT\", \"PILOT_CUSTOMER\"]")
        @Size(max = 8)
        List<@NotBlank @Size(max = 40) String> cooperationTypes,

        @Schema(description = "Free keywords (at most 20, each at most 60 characters)", example = "[\"wearable\", \"ECG\"]")
        @Size(max = 20)
        List<@NotBlank @Size(max = 60) String> keywords,

        @Schema(description = "Funding sought; absent if none", nullable = true)
        @Valid
        Funding fundingSought,

        @Schema(description = "When a published project closes by itself; must be in the future when set or changed",
                nullable = true, example = "2027-03-31T23:59:59+03:00")
        OffsetDateTime deadline) {

    public ProjectRequest {
        // Lists are optional in the body; an absent list is an empty one.
        cooperationTypes = cooperationTypes == null ? List.of() : cooperationTypes;
        keywords = keywords == null ? List.of() : keywords;
    }
}
