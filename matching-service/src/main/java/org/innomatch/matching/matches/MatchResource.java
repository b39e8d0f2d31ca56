package org.innomatch.matching.matches;

import org.innomatch.matching.access.Access;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
            description = "Includes matches of the profile's projects (the profile is then the project side's profileId).")
    @APIResponse(responseCode = "200", description = "Mutual matches",
            content = @Content(schema = @Schema(implementation = MatchView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "matches", value = """
                            [{"matchId":"9c1d2e3f-4a5b-3c6d-8e7f-0a1b2c3d4e5f",
                              "a":{"type":"PROFILE","id":"0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01","profileId":"0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01"},
                              "b":{"type":"PROJECT","id":"5d2e8a47-1c3b-4f6a-8e9d-7b0c2a4f6e13","profileId":"3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b"},
                              "score":0.72,"foundAt":"2026-11-23T09:30:00.123Z"}]""")))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    public List<MatchView> list(
            @Parameter(description = "Profile id", example = "0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01") @PathParam("id") UUID id) {
        access.requireProfile("see matches of", id);
        return matches.matchesOf(id).stream().map(MatchView::of).toList();
    }
}
