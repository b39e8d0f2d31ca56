package org.innomatch.matching.matches;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.matching.access.Access;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.Page;

@Path("/profiles/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Mutual matches: both sides declared interest")
public class MatchResource {

    private final MatchService matches;
    private final Access access;

    public MatchResource(MatchService matches, Access access) {
        this.matches = matches;
        this.access = access;
    }

    @GET
    @Operation(summary = "The profile's mutual matches, newest first",
            description = "Includes matches of the profile's projects (the profile is then the project side's "
                    + "profileId). Follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of mutual matches",
            content = @Content(schema = @Schema(implementation = MatchPage.class),
                    examples = @ExampleObject(name = "matches", value = """
                            {"items":[{"matchId":"9c1d2e3f-4a5b-3c6d-8e7f-0a1b2c3d4e5f",
                              "a":{"type":"PROFILE","id":"0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01",
                                   "profileId":"0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01"},
                              "b":{"type":"PROJECT","id":"5d2e8a47-1c3b-4f6a-8e9d-7b0c2a4f6e13",
                                   "profileId":"3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b"},
                              "score":0.72,"foundAt":"2026-11-23T09:30:00.123Z"}],
                             "nextCursor":null}""")))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    public Page<MatchView> list(
            @Parameter(description = "Profile id", example = "0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01")
            @PathParam("id") UUID id,
            @Parameter(description = "Page size 1..100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100)
            int limit,
            @Parameter(description = "nextCursor of the previous page; absent for the first page")
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        access.requireProfile("see matches of", id);
        List<MutualMatch> found = matches.matchesOf(id, KeysetCursor.decodeOrNull(cursor), limit + 1);
        boolean more = found.size() > limit;
        List<MutualMatch> page = more ? found.subList(0, limit) : found;
        return new Page<>(page.stream().map(MatchView::of).toList(),
                more ? after(page.get(page.size() - 1)) : null);
    }

    private static String after(MutualMatch last) {
        return new KeysetCursor(last.foundAt, UUID.fromString(last.matchId)).encode();
    }

    /** For the OpenAPI document only: the {@link Page} of matches. */
    @Schema(name = "MatchPage")
    record MatchPage(List<MatchView> items,
            @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
            String nextCursor) {
    }
}
