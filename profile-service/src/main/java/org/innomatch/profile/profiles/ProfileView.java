package org.innomatch.profile.profiles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A profile as the API returns it. {@code contact} is left out wherever the caller may not see it. */
@Schema(name = "Profile", description = "A participant profile")
public record ProfileView(
        @Schema(description = "Server-generated id", example = "6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90") UUID id,
        @Schema(example = "Dr. Anna Kowalska") String name,
        @Schema(example = "RESEARCH_INSTITUTE") String kind,
        @Schema(example = "Łukasiewicz Research Network") String organization,
        @Schema(example = "PL") String country,
        @Schema(example = "[\"HEALTH.MEDTECH\", \"AI\"]") List<String> sectors,
        String offers,
        String needs,
        List<String> keywords,
        List<String> cooperationTypes,
        @Schema(example = "[\"pl\", \"en\"]") List<String> languages,
        @Schema(description = "Only in GET /profiles/{id}, write responses and the export; never in lists or search results")
        @JsonInclude(JsonInclude.Include.NON_NULL) ContactDetails contact,
        @Schema(example = "PARTICIPANTS_ONLY", enumeration = {"PUBLIC", "PARTICIPANTS_ONLY", "HIDDEN"}) String visibility,
        @Schema(description = "The partner portal that created the profile; null for one an admin created",
                nullable = true) String ownerPartnerId,
        @Schema(description = "Increases with every change; the ETag is this number in quotes "
                + "(GET /profiles/{id} tags a copy without the contact details apart)", example = "3") long version,
        Instant createdAt,
        Instant updatedAt) {

    static ProfileView withContact(Profile p) {
        ContactDetails contact = new ContactDetails(p.contactEmail, p.contactPhone, p.contactWebsite);
        return of(p, contact.isEmpty() ? null : contact);
    }

    static ProfileView withoutContact(Profile p) {
        return of(p, null);
    }

    private static ProfileView of(Profile p, ContactDetails contact) {
        return new ProfileView(p.id, p.name, p.kind, p.organization, p.country, List.copyOf(p.sectors), p.offers,
                p.needs, List.copyOf(p.keywords), List.copyOf(p.cooperationTypes), List.copyOf(p.languages), contact,
                p.visibility, p.ownerPartnerId, p.version, p.createdAt, p.updatedAt);
    }
}
