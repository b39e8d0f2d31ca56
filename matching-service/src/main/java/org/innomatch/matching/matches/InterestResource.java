package org.innomatch.matching.matches;

import org.innomatch.matching.access.Access;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.interests.Decision;
import org.innomatch.matching.interests.InterestRequest;
import org.innomatch.matching.interests.InterestStore;
import org.innomatch.matching.interests.InterestView;
import org.innomatch.matching.readmodel.FreshReads;
import org.innomatch.matching.readmodel.ReadModelConsumer;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

@Path("/profiles/{id}/interests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interests", description = "Interested / not interested; two interested sides make a mutual match")
public class InterestResource {

    private final InterestStore interests;
    private final MatchService matches;
    private final CandidateIndex index;
    private final ReadModelConsumer readModel;
    private final Access access;
    private final FreshReads fresh;

    public InterestResource(InterestStore interests, MatchService matches, CandidateIndex index, ReadModelConsumer readModel,
                            Access access, FreshReads fresh) {
        this.access = access;
        this.fresh = fresh;
        this.interests = interests;
        this.matches = matches;
        this.index = index;
        this.readModel = readModel;
    }

    @POST
    @Operation(summary = "Record the profile's decision about a profile or a project",
            description = "A later decision replaces the earlier one. When both sides are INTERESTED (profile↔profile, or a "
                    + "profile and a project's owner) a mutual match is stored once and MatchFound is published on "
                    + "innomatch.matches. A later NOT_INTERESTED ends the matches that held on the interest it "
                    + "withdraws (MatchEnded: the contact details they opened close again); interested again, they "
                    + "begin anew.")
    @APIResponse(responseCode = "201", description = "First decision on this target",
            content = @Content(schema = @Schema(implementation = InterestView.class), examples = @ExampleObject(name = "interest", value = """
                    {"profileId":"3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b","targetType":"PROFILE",
                     "targetId":"0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01","decision":"INTERESTED",
                     "matchIds":["9c1d2e3f-4a5b-3c6d-8e7f-0a1b2c3d4e5f"]}""")))
    @APIResponse(responseCode = "200", description = "An earlier decision was replaced",
            content = @Content(schema = @Schema(implementation = InterestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown profile or target", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Index still being rebuilt", content = @Content(mediaType = "application/problem+json"))
    public Response decide(
            @Parameter(description = "The deciding profile", example = "3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b") @PathParam("id") UUID id,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "interested",
                    value = "{\"targetType\":\"PROFILE\",\"targetId\":\"0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01\",\"decision\":\"INTERESTED\"}")))
            @Valid @NotNull InterestRequest request) {
        access.requireProfile("record a decision of", id);
        if (!readModel.caughtUp()) {
            throw ProblemException.unavailable("The matching index is still being rebuilt; retry shortly");
        }
        if (index.get(TargetType.PROFILE, id).isEmpty()) {
            throw ProblemException.notFound("Profile", id);
        }
        if (request.targetType() == TargetType.PROFILE && request.targetId().equals(id)) {
            throw ProblemException.badRequest("A profile cannot decide about itself",
                    FieldError.of("targetId", "must not be the deciding profile", request.targetId()));
        }
        fresh.awaitIndexed(request.targetType(), request.targetId());
        if (index.get(request.targetType(), request.targetId()).isEmpty()) {
            throw ProblemException.notFound(request.targetType() == TargetType.PROFILE ? "Profile" : "Project", request.targetId());
        }
        boolean first = interests.record(id, request.targetType(), request.targetId(), request.decision());
        List<MutualMatch> found;
        if (request.decision() == Decision.INTERESTED) {
            found = matches.onInterested(id, request.targetType(), request.targetId());
        } else {
            matches.onNotInterested(id, request.targetType(), request.targetId());
            found = List.of();
        }
        InterestView view = new InterestView(id, request.targetType(), request.targetId(), request.decision(),
                found.stream().map(m -> UUID.fromString(m.matchId)).distinct().toList());
        return Response.status(first ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }
}
