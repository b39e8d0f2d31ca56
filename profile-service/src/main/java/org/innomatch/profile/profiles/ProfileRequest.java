package org.innomatch.profile.profiles;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A profile as a client writes it (POST, PUT, and the result of applying a PATCH). Bean Validation bounds the
 * shape; {@link ProfileCodeValidator} then checks the codes against the taxonomy.
 */
@Schema(name = "ProfileRequest", description = "A participant profile as written by a client")
public record ProfileRequest(
        @Schema(description = "Name of the participant", example = "Dr. Anna Kowalska", maxLength = 200, required = true)
        @NotBlank @Size(max = 200) String name,

        @Schema(description = "Kind of participant, a code of GET /taxonomy/kinds", example = "RESEARCH_INSTITUTE", required = true)
        @NotBlank @Size(max = 60) String kind,

        @Schema(description = "Organisation the participant belongs to", example = "Łukasiewicz Research Network", maxLength = 200)
        @Size(max = 200) String organization,

        @Schema(description = "ISO 3166-1 alpha-2 country code (case-insensitive, stored upper-case)", example = "PL", required = true)
        @NotBlank @Size(max = 60) String country,

        @Schema(description = "Sector codes or sub-codes of GET /taxonomy/sectors, at least one", example = "[\"HEALTH.MEDTECH\", \"AI\"]",
                minItems = 1, maxItems = 20, required = true)
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) String> sectors,

        @Schema(description = "What the participant brings", example = "Ultrasound imaging prototypes and clinical validation partners", maxLength = 4000)
        @Size(max = 4000) String offers,

        @Schema(description = "What the participant looks for", example = "Manufacturing partner in China, Medizintechnik distributors", maxLength = 4000)
        @Size(max = 4000) String needs,

        @Schema(description = "Free keywords, at most 20 of at most 60 characters", example = "[\"ultrasound\", \"医疗器械\"]", maxItems = 20)
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> keywords,

        @Schema(description = "Cooperation type codes of GET /taxonomy/cooperation-types", example = "[\"JOINT_RESEARCH\", \"LICENSING\"]", maxItems = 20)
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> cooperationTypes,

        @Schema(description = "ISO 639-1 language codes (case-insensitive, stored lower-case)", example = "[\"pl\", \"en\"]", maxItems = 20)
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> languages,

        @Valid ContactDetails contact,

        @Schema(description = "Who may find the profile: PUBLIC, PARTICIPANTS_ONLY (default) or HIDDEN (never listed)",
                example = "PARTICIPANTS_ONLY", enumeration = {"PUBLIC", "PARTICIPANTS_ONLY", "HIDDEN"})
        @Size(max = 60) String visibility) {

    /** The profile as a request, the starting point of a merge patch. */
    static ProfileRequest of(Profile profile) {
        ContactDetails contact = new ContactDetails(profile.contactEmail, profile.contactPhone, profile.contactWebsite);
        return new ProfileRequest(profile.name, profile.kind, profile.organization, profile.country,
                List.copyOf(profile.sectors), profile.offers, profile.needs, List.copyOf(profile.keywords),
                List.copyOf(profile.cooperationTypes), List.copyOf(profile.languages),
                contact.isEmpty() ? null : contact, profile.visibility);
    }
}
