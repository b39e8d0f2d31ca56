package org.innomatch.profile.profiles;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything this service stores about one profile. */
@Schema(name = "ProfileExport", description = "Everything stored about a profile (GDPR access request)")
public record ProfileExport(
        @Schema(description = "When the export was made") Instant exportedAt,
        @Schema(description = "The profile, contact details included") ProfileView profile,
        @Schema(description = "Events about the profile still held in the outbox, oldest first; sent events are removed "
                + "after the outbox retention period") List<ProfileEventRecord> events) {
}
