package org.innomatch.matching.recommendations;

import org.innomatch.matching.access.Access;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

/** Ranked, explained, reciprocal recommendations. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Whom to meet and which projects to look at, and why")
public class RecommendationResource {

    static final String PARTNERS_EXAMPLE = """
            {"items":[{"profileId":"0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01","score":0.74,"reasons":[
              {"factor":"complementarity","contribution":0.31,"detail":"they offer 'clinical trial network' — you need 'clinical validation'; you offer 'medical device' — they need 'medical devices'"},
              {"factor":"sector","contribution":0.2,"detail":"shared sector HEALTH.MEDTECH"},
              {"factor":"crossBorder","contribution":0.07,"detail":"cross-border: you IL — they CN"}]}],
             "nextCursor":"b2Zmc2V0OjEw"}""";
    static final String PROJECTS_EXAMPLE = """
            {"items":[{"projectId":"5d2e8a47-1c3b-4f6a-8e9d-7b0c2a4f6e13","score":0.61,"reasons":[
              {"factor":"complementarity","contribution":0.25,"detail":"they offer 'imaging AI' — you need 'imaging AI'"},
              {"factor":"trl","contribution":0.08,"detail":"TRL 6 fits a INVESTOR"}]}],
             "nextCursor":null}""";

    static final String SESSIONS_EXAMPLE = """
            {"items":[{"sessionId":"7c1e4b2a-9d3f-4e58-b6a0-1f2d3c4b5a69","kind":"ROADSHOW_PITCH",
              "title":"AI-assisted CT screening for lung cancer","startsAt":"2026-12-03T14:00:00+08:00",
              "endsAt":"2026-12-03T14:20:00+08:00","room":"Hall B","projectId":"5d2e8a47-1c3b-4f6a-8e9d-7b0c2a4f6e13",
              "speakerProfileIds":["0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01"],"score":0.61,
              "scoredProjectId":"5d2e8a47-1c3b-4f6a-8e9d-7b0c2a4f6e13","scoredSpeakerProfileId":null,
              "reasons":[{"factor":"complementarity","contribution":0.25,
                          "detail":"they offer 'imaging AI' — you need 'imaging AI'"}],"following":true},
             {"sessionId":"0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b","kind":"POLICY_PRESENTATION",
              "title":"Innovation policy of Israel","startsAt":"2026-12-03T09:30:00+08:00",
              "endsAt":"2026-12-03T10:00:00+08:00","room":"Main hall","projectId":null,"speakerProfileIds":[],
              "score":null,"scoredProjectId":null,"scoredSpeakerProfileId":null,"reasons":[],"following":false}],
             "nextCursor":null}""";

    private final RecommendationService recommendations;
    private final SessionRecommendationService sessions;
    private final Access access;

    public RecommendationResource(RecommendationService recommendations, SessionRecommendationService sessions,
                                  Access access) {
        this.recommendations = recommendations;
        this.sessions = sessions;
        this.access = access;
    }

    @GET
    @Path("profiles/{id}/recommendations/sessions")
    @Operation(summary = "Sessions of an event's programme this profile should attend",
            description = "The event's SCHEDULED sessions, best first: a roadshow pitch scores as the project it "
                    + "presents scores for this profile, a policy presentation, panel or other session as the best "
                    + "of its speakers. Sessions the profile follows are marked (following) and still listed. "
                    + "Sessions without an indexed project or speaker (or only the profile itself) have no score "
                    + "and come last, by start time.")
    @APIResponse(responseCode = "200", description = "A page of ranked sessions",
            content = @Content(schema = @Schema(implementation = SessionRecommendationPage.class),
                    examples = @ExampleObject(name = "sessions", value = SESSIONS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "eventId missing or not a UUID, invalid limit or cursor",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown profile or event",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Index still being rebuilt",
            content = @Content(mediaType = "application/problem+json"))
    public SessionRecommendationPage sessions(
            @Parameter(description = "Profile id", example = "3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b") @PathParam("id") UUID id,
            @Parameter(description = "Matchmaking event id", required = true, example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32")
            @QueryParam("eventId") @NotNull UUID eventId,
            @Parameter(description = "Page size 1..100", example = "10") @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @Parameter(description = "nextCursor of the previous page", example = "b2Zmc2V0OjEw") @QueryParam("cursor") String cursor) {
        access.requireProfile("see recommendations of", id);
        return sessions.sessionsFor(id, eventId, PageCursor.decode(cursor), limit);
    }

    @GET
    @Path("profiles/{id}/recommendations/partners")
    @Operation(summary = "Profiles this profile should meet",
            description = "Reciprocal: each item's score is the harmonic mean of how well it fits this profile and how well "
                    + "this profile fits it. Never contains the profile itself or a profile it marked NOT_INTERESTED.")
    @APIResponse(responseCode = "200", description = "A page of ranked partners",
            content = @Content(schema = @Schema(implementation = RecommendationPage.class),
                    examples = @ExampleObject(name = "partners", value = PARTNERS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown profile", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Index still being rebuilt", content = @Content(mediaType = "application/problem+json"))
    public RecommendationPage partners(
            @Parameter(description = "Profile id", example = "3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b") @PathParam("id") UUID id,
            @Parameter(description = "Page size 1..100", example = "10") @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @Parameter(description = "nextCursor of the previous page", example = "b2Zmc2V0OjEw") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only this sector (a parent code includes its refinements)", example = "HEALTH") @QueryParam("sector") String sector,
            @Parameter(description = "Only this country (ISO 3166-1 alpha-2)", example = "CN") @QueryParam("country") String country,
            @Parameter(description = "Only this profile kind", example = "RESEARCH_INSTITUTE") @QueryParam("kind") String kind) {
        access.requireProfile("see recommendations of", id);
        return recommendations.partnersFor(id, new RecommendationFilters(sector, country, kind), PageCursor.decode(cursor), limit);
    }

    @GET
    @Path("profiles/{id}/recommendations/projects")
    @Operation(summary = "Published projects this profile should look at",
            description = "Excludes the profile's own projects and projects it marked NOT_INTERESTED. The kind filter applies to the project owner.")
    @APIResponse(responseCode = "200", description = "A page of ranked projects",
            content = @Content(schema = @Schema(implementation = RecommendationPage.class),
                    examples = @ExampleObject(name = "projects", value = PROJECTS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown profile", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Index still being rebuilt", content = @Content(mediaType = "application/problem+json"))
    public RecommendationPage projects(
            @Parameter(description = "Profile id", example = "3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b") @PathParam("id") UUID id,
            @Parameter(description = "Page size 1..100", example = "10") @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @Parameter(description = "nextCursor of the previous page", example = "b2Zmc2V0OjEw") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only this sector", example = "AI") @QueryParam("sector") String sector,
            @Parameter(description = "Only projects from this country", example = "PL") @QueryParam("country") String country,
            @Parameter(description = "Only projects whose owner is of this kind", example = "UNIVERSITY") @QueryParam("kind") String kind) {
        access.requireProfile("see recommendations of", id);
        return recommendations.projectsFor(id, new RecommendationFilters(sector, country, kind), PageCursor.decode(cursor), limit);
    }

    @GET
    @Path("projects/{id}/recommendations/participants")
    @Operation(summary = "Profiles that should hear about this published project",
            description = "Excludes the project's owner and profiles the owner marked NOT_INTERESTED.")
    @APIResponse(responseCode = "200", description = "A page of ranked participants",
            content = @Content(schema = @Schema(implementation = RecommendationPage.class),
                    examples = @ExampleObject(name = "participants", value = PARTNERS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROJECT_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown or unpublished project", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Index still being rebuilt", content = @Content(mediaType = "application/problem+json"))
    public RecommendationPage participants(
            @Parameter(description = "Project id", example = "5d2e8a47-1c3b-4f6a-8e9d-7b0c2a4f6e13") @PathParam("id") UUID id,
            @Parameter(description = "Page size 1..100", example = "10") @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @Parameter(description = "nextCursor of the previous page", example = "b2Zmc2V0OjEw") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only this sector", example = "HEALTH") @QueryParam("sector") String sector,
            @Parameter(description = "Only this country", example = "CN") @QueryParam("country") String country,
            @Parameter(description = "Only this profile kind", example = "INVESTOR") @QueryParam("kind") String kind) {
        access.requireProject("see recommendations of", id);
        return recommendations.participantsFor(id, new RecommendationFilters(sector, country, kind), PageCursor.decode(cursor), limit);
    }
}
