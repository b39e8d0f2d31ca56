package org.innomatch.profile.profiles;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a profile list or search. */
@Schema(name = "ProfilePage", description = "One page of profiles; pass nextCursor as cursor to get the next one")
public record ProfilePage(
        @Schema(description = "Profiles of this page, without contact details") List<ProfileView> items,
        @Schema(description = "Opaque cursor of the next page, null on the last page", nullable = true) String nextCursor) {
}
