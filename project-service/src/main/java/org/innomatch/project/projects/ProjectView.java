package org.innomatch.project.projects;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(name = "Project")
public record ProjectView(
        UUID id,
        String title,
        String summary,
        @Schema(description = "The profile presenting the project; null when that profile is HIDDEN and the caller is "
                + "neither that profile, the partner that registered it nor an admin", nullable = true)
        UUID ownerProfileId,
        @Schema(description = "ISO 3166-1 alpha-2") String country,
        List<String> sectors,
        @Schema(nullable = true) Integer trl,
        List<String> cooperationTypes,
        List<String> keywords,
        @Schema(nullable = true) Funding fundingSought,
        @Schema(description = "DRAFT, PUBLISHED or CLOSED; only PUBLISHED projects are matchable", enumeration = {"DRAFT", "PUBLISHED", "CLOSED"})
        ProjectStatus status,
        @Schema(nullable = true) OffsetDateTime deadline,
        @Schema(description = "Partner portal that created the project; null for one an admin created", nullable = true)
        String ownerPartnerId,
        @Schema(nullable = true) Instant closedAt,
        @Schema(description = "MANUAL or DEADLINE_PASSED", nullable = true) CloseReason closeReason,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Optimistic-lock version, also the ETag") long version) {

    static ProjectView of(Project p) {
        Funding funding = p.fundingAmount == null ? null : new Funding(p.fundingAmount, p.fundingCurrency);
        return new ProjectView(p.id, p.title, p.summary, p.ownerProfileId, p.country, List.copyOf(p.sectors), p.trl,
                List.copyOf(p.cooperationTypes), List.copyOf(p.keywords), funding, p.status, p.deadline,
                p.ownerPartnerId, p.closedAt, p.closeReason, p.createdAt, p.updatedAt, p.version);
    }

    /** This view without its owner, for a caller who may not see that the owner (a HIDDEN profile) exists. */
    ProjectView withoutOwner() {
        return new ProjectView(id, title, summary, null, country, sectors, trl, cooperationTypes, keywords,
                fundingSought, status, deadline, ownerPartnerId, closedAt, closeReason, createdAt, updatedAt, version);
    }

    /** The editable part, as a PATCH is applied to it. */
    ProjectRequest toRequest() {
        return new ProjectRequest(title, summary, ownerProfileId, country, sectors, trl, cooperationTypes, keywords,
                fundingSought, deadline);
    }
}
