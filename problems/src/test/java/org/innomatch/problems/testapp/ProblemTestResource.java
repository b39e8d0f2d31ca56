package org.innomatch.problems.testapp;

import java.util.List;
import java.util.UUID;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.Problem;
import org.innomatch.problems.ProblemException;

import io.quarkus.security.ForbiddenException;

/** Endpoints that fail in every way the mappers have to handle. */
@Path("/test/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemTestResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectForm create(@Valid @NotNull ProjectForm form) {
        return form;
    }

    @GET
    public List<String> list(@QueryParam("limit") @Min(1) @Max(100) int limit,
            @QueryParam("page-size") @Min(1) Integer pageSize) {
        return List.of();
    }

    @GET
    @Path("/search")
    public List<String> search(@QueryParam("since") Long since, @QueryParam("stage") List<Stage> stages,
            @QueryParam("ref") UUID ref) {
        return List.of();
    }

    @DELETE
    @Path("/{id}/draft")
    public void deleteDraft(@PathParam("id") String id) {
        if ("missing".equals(id)) {
            throw ProblemException.notFound("Project", id);
        }
    }

    @GET
    @Path("/{id}")
    public String get(@PathParam("id") String id) {
        return switch (id) {
            case "missing" -> throw ProblemException.notFound("Project", id);
            case "closed" -> throw ProblemException.conflict("Project closed cannot be published again");
            case "stale" -> throw ProblemException.preconditionFailed("If-Match \"3\" does not match version 4");
            case "unfit" -> throw ProblemException.invalid(List.of(
                    FieldError.unknownCode("sectors[0]", "SPACE", List.of("HEALTH", "AI")),
                    FieldError.of("deadline", "must be in the future", "2020-01-01")));
            case "busy" -> throw ProblemException.unavailable("Try again shortly").withHeader("Retry-After", "5");
            case "frozen" -> throw new NotAllowedException("Frozen projects are read-only", "GET", new String[] {"HEAD"});
            case "gone" -> throw new NotFoundException("Project gone was erased");
            case "foreign" -> throw new ForbiddenException();
            case "broken" -> throw new IllegalStateException("secret internal state of com.example.Broken");
            case "unreachable" -> throw new MongoSocketReadException("Prematurely reached end of stream",
                    new ServerAddress("10.1.2.3", 27017));
            default -> id;
        };
    }
}
